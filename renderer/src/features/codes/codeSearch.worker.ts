/**
 * Indexes one code list off the main thread and answers searches on it. The list comes either as
 * a URL inside the app's own bundle (shipped lists) or as text (a list the project brought).
 */
import { parseCodeList } from '../../../../shared/codes/codeList';
import { CodeIndex } from '../../../../shared/codes/codeSearch';
import type { CodeWorkerReply, CodeWorkerRequest } from './codeWorkerProtocol';

/** The worker's global scope, typed as much as this file uses (the renderer compiles with DOM types). */
const scope = self as unknown as {
  postMessage(message: CodeWorkerReply): void;
  onmessage: ((event: MessageEvent<CodeWorkerRequest>) => void) | null;
};

let index: CodeIndex | undefined;

function reply(message: CodeWorkerReply): void {
  scope.postMessage(message);
}

async function load(request: Extract<CodeWorkerRequest, { type: 'load' }>): Promise<void> {
  const began = performance.now();
  try {
    const text =
      request.source.kind === 'url'
        ? await (await fetch(request.source.url)).text()
        : request.source.text;
    const { entries, badLines } = parseCodeList(text);
    index = new CodeIndex(request.system, entries);
    reply({
      type: 'loaded',
      size: index.size,
      badLines: badLines.length,
      elapsedMs: performance.now() - began,
    });
  } catch (error) {
    reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'load') {
    void load(request);
    return;
  }
  const began = performance.now();
  const hits = index?.search(request.query, request.options) ?? [];
  reply({ type: 'results', id: request.id, hits, elapsedMs: performance.now() - began });
};
