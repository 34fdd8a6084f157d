/**
 * How document uploads are received without letting them take the server's memory: the right
 * to upload and a slot are claimed before a byte of the body is read, the file is streamed to a
 * temporary file, and only a few uploads at a time are read back into memory to be processed.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Compile } from 'typebox/compile';
import { Uuid } from '../../../shared/model/annotationSchema';
import { ServiceError } from '../services/core/errors';

export interface UploadLimits {
  /** Uploads one account may have in progress at once; more are refused (429). */
  readonly perAccount: number;
  /** Uploads the process receives at once; more are refused (503). Each costs a temp file. */
  readonly perProcess: number;
  /**
   * Bytes of received uploads read into memory and processed at once (one upload always may);
   * the rest wait their turn on disk. Processing a text file holds about four times its size
   * (its bytes, the decoded text, and the database driver's copies of both), so this is what
   * bounds the memory uploads take, however many arrive.
   */
  readonly processingBytes: number;
}

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  perAccount: 4,
  perProcess: 16,
  processingBytes: 96 * 1024 * 1024,
};

/** Room for the multipart framing and the `id` field around the file itself. */
const MULTIPART_OVERHEAD = 64 * 1024;

const checkId = Compile(Uuid);

export interface ReceivedUpload {
  readonly id?: string;
  readonly name: string;
  /** The temporary file holding the bytes (removed by the gate's `run`). */
  readonly path: string;
  readonly size: number;
}

export function createUploadGate(dir: string, limits: UploadLimits, maxBytes: number) {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // A process that died mid-upload left its temporary files behind.
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true, recursive: true });
  let receiving = 0;
  const byAccount = new Map<string, number>();
  let processingBytes = 0;
  const waiting: { size: number; start: () => void }[] = [];

  function release(accountId: string): void {
    receiving--;
    const mine = (byAccount.get(accountId) ?? 1) - 1;
    if (mine > 0) byAccount.set(accountId, mine);
    else byAccount.delete(accountId);
  }

  const fits = (size: number) =>
    processingBytes === 0 || processingBytes + size <= limits.processingBytes;

  /** First come, first served: a large upload is not overtaken for ever by small ones. */
  async function processTurn<T>(size: number, work: () => Promise<T>): Promise<T> {
    if (waiting.length > 0 || !fits(size))
      await new Promise<void>((start) => waiting.push({ size, start }));
    else processingBytes += size;
    try {
      return await work();
    } finally {
      processingBytes -= size;
      // Counted here, as each is let in, so one release cannot let in more than fits.
      while (waiting.length > 0 && fits(waiting[0]!.size)) {
        const next = waiting.shift()!;
        processingBytes += next.size;
        next.start();
      }
    }
  }

  return {
    /**
     * Everything that can be decided from the headers, decided before the body is read: the
     * body's declared size and a slot for this account and this process, held until the
     * response is closed (sent, failed or abandoned by the client).
     */
    admit(request: FastifyRequest, reply: FastifyReply, accountId: string): void {
      if (!request.isMultipart()) throw new ServiceError('badRequest', 'send multipart/form-data');
      const declared = Number(request.headers['content-length']);
      if (declared > maxBytes + MULTIPART_OVERHEAD)
        throw new ServiceError('tooLarge', `the file is larger than ${maxBytes} bytes`);
      const mine = byAccount.get(accountId) ?? 0;
      if (mine >= limits.perAccount) {
        reply.header('retry-after', '5');
        throw new ServiceError(
          'rateLimited',
          `you already have ${mine} uploads in progress; wait for one to finish`,
        );
      }
      if (receiving >= limits.perProcess) {
        reply.header('retry-after', '10');
        throw new ServiceError(
          'unavailable',
          'the server is receiving as many uploads as it can; try again shortly',
        );
      }
      receiving++;
      byAccount.set(accountId, mine + 1);
      let released = false;
      const done = () => {
        if (released) return;
        released = true;
        release(accountId);
      };
      reply.raw.once('close', done);
      // A client that left while its rights were being checked has closed already.
      if (request.raw.socket.destroyed) done();
    },

    /** Streams the form's one `file` part to a temporary file; refuses anything else in it. */
    async receive(request: FastifyRequest): Promise<ReceivedUpload> {
      const path = join(dir, `${randomUUID()}.part`);
      let id: string | undefined;
      let name: string | undefined;
      let size = 0;
      try {
        for await (const part of request.parts({
          limits: { fileSize: maxBytes, files: 1, fields: 2, fieldSize: 100 },
        })) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file' || name !== undefined)
              throw new ServiceError('badRequest', 'send exactly one part named file');
            // The multipart parser decodes the name with U+FFFD for bytes that are not UTF-8.
            if (part.filename.includes('\ufffd'))
              throw new ServiceError('badRequest', 'the file name is not valid UTF-8');
            name = part.filename || 'document';
            const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
            await pipeline(part.file, out);
            size = out.bytesWritten;
            if (part.file.truncated)
              throw new ServiceError('tooLarge', `the file is larger than ${maxBytes} bytes`);
          } else if (
            part.fieldname === 'id' &&
            typeof part.value === 'string' &&
            checkId.Check(part.value)
          ) {
            id = part.value;
          } else {
            throw new ServiceError('badRequest', `unexpected field ${part.fieldname.slice(0, 40)}`);
          }
        }
      } catch (error) {
        await rm(path, { force: true });
        // A client that went away is not a server failure (and cannot be answered anyway).
        if (request.raw.readableAborted)
          throw new ServiceError('badRequest', 'the upload stopped before it was complete');
        throw error;
      }
      if (name === undefined) throw new ServiceError('badRequest', 'send one part named file');
      return { ...(id ? { id } : {}), name, path, size };
    },

    /**
     * Reads a received upload into memory when its turn comes and hands it to `work`; the
     * temporary file is removed whatever happens.
     */
    async run<T>(upload: ReceivedUpload, work: (bytes: Uint8Array) => Promise<T>): Promise<T> {
      try {
        return await processTurn(upload.size, async () => {
          const bytes = await readFile(upload.path);
          return work(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length));
        });
      } finally {
        await rm(upload.path, { force: true });
      }
    },

    /** Uploads being received or processed now (for tests and diagnostics). */
    get receiving(): number {
      return receiving;
    },
  };
}

export type UploadGate = ReturnType<typeof createUploadGate>;
