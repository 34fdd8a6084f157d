import type { WebSocket } from 'ws';
import { createWireCodec, type ClientMessage, type HostMessage } from '../../shared/ipc/wireCodec';
import type { Handlers } from '../../shared/ipc/contract';
import { dispatch } from '../services/dispatch';
import type { FilePicker, PickedSource } from '../services/fileImport';
import type { FileSaver } from '../services/fileSaver';

export const nodeCodec = createWireCodec({
  encode: (bytes) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64'),
  decode: (text) => new Uint8Array(Buffer.from(text, 'base64')),
});

const MAX_PENDING_PICKS = 1;

/**
 * One page connected over the WebSocket. The page's file chooser stands in for the native dialog:
 * when a handler needs a file, the host asks the page to pick one and waits for its bytes, so the
 * same import service runs as in Electron.
 */
export class PageConnection {
  private nextRequestId = 1;
  private readonly picks = new Map<number, (source: PickedSource | undefined) => void>();
  private readonly saves = new Map<number, (saved: boolean) => void>();

  constructor(
    private readonly socket: WebSocket,
    readonly id: string,
  ) {}

  readonly picker: FilePicker = {
    pickFile: () => {
      if (this.picks.size >= MAX_PENDING_PICKS) return Promise.resolve(undefined);
      const id = this.nextRequestId++;
      return new Promise((resolve) => {
        this.picks.set(id, resolve);
        this.send({ t: 'pick', id });
      });
    },
  };

  /** The page's download stands in for the native save dialog. */
  readonly saver: FileSaver = {
    save: (request) => {
      const id = this.nextRequestId++;
      return new Promise((resolve) => {
        this.saves.set(id, (saved) => resolve(saved ? 'saved' : 'canceled'));
        this.send({
          t: 'save',
          id,
          name: request.suggestedName,
          mediaType: request.mediaType,
          bytes: request.bytes,
        });
      });
    },
  };

  /** A new tab of this page stands in for the system browser (sign-in). */
  readonly openExternal = (url: string): Promise<void> => {
    this.send({ t: 'open', url });
    return Promise.resolve();
  };

  send(message: HostMessage): void {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(nodeCodec.stringify(message));
  }

  async receive(raw: string, handlers: Handlers): Promise<void> {
    let message: ClientMessage;
    try {
      message = nodeCodec.parse(raw) as ClientMessage;
    } catch {
      this.socket.close(1007, 'malformed message');
      return;
    }
    if (message?.t === 'invoke' && Number.isSafeInteger(message.id)) {
      const result = await dispatch(handlers, message.channel, message.request, {
        callerId: this.id,
      });
      this.send({ t: 'result', id: message.id, result });
    } else if (message?.t === 'picked' && this.picks.has(message.id)) {
      const resolve = this.picks.get(message.id);
      this.picks.delete(message.id);
      const file = message.file;
      const valid = file && typeof file.name === 'string' && file.bytes instanceof Uint8Array;
      resolve?.(valid ? { kind: 'bytes', name: file.name, bytes: file.bytes } : undefined);
    } else if (message?.t === 'savedFile' && this.saves.has(message.id)) {
      this.saves.get(message.id)?.(message.saved === true);
      this.saves.delete(message.id);
    } else {
      this.socket.close(1008, 'unexpected message');
    }
  }

  closed(): void {
    for (const resolve of this.picks.values()) resolve(undefined);
    this.picks.clear();
    for (const resolve of this.saves.values()) resolve(false);
    this.saves.clear();
  }
}
