import type { CodeHit, CodeSearchOptions } from '../../../../shared/codes/codeSearch';
import CodeSearchWorker from './codeSearch.worker?worker';
import { codeListSource } from './codeSystems';
import type { CodeWorkerReply, CodeWorkerRequest } from './codeWorkerProtocol';

export interface CodeSearchResult {
  readonly hits: readonly CodeHit[];
  /** Time the search took in the worker. */
  readonly elapsedMs: number;
}

export interface CodeSearchService {
  /** Resolves with the list's size once it is indexed. */
  readonly ready: Promise<number>;
  search(query: string, options: CodeSearchOptions): Promise<CodeSearchResult>;
  dispose(): void;
}

class WorkerCodeSearch implements CodeSearchService {
  readonly ready: Promise<number>;
  private readonly worker = new CodeSearchWorker();
  private nextId = 1;
  private readonly waiting = new Map<number, (result: CodeSearchResult) => void>();

  constructor(system: string) {
    let settle: { resolve: (size: number) => void; reject: (error: Error) => void };
    this.ready = new Promise<number>((resolve, reject) => (settle = { resolve, reject }));
    this.worker.onmessage = (event: MessageEvent<CodeWorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'loaded') settle.resolve(reply.size);
      else if (reply.type === 'failed') settle.reject(new Error(reply.message));
      else {
        this.waiting.get(reply.id)?.({ hits: reply.hits, elapsedMs: reply.elapsedMs });
        this.waiting.delete(reply.id);
      }
    };
    void codeListSource(system).then((source) => {
      if (!source) settle.reject(new Error(`unknown code system ${system}`));
      else this.post({ type: 'load', system, source });
    });
  }

  search(query: string, options: CodeSearchOptions): Promise<CodeSearchResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.post({ type: 'search', id, query, options });
    });
  }

  dispose(): void {
    this.worker.terminate();
  }

  private post(request: CodeWorkerRequest): void {
    this.worker.postMessage(request);
  }
}

const services = new Map<string, CodeSearchService>();

/** One worker per code system for the life of the app: indexing ICD-10-CM once is enough. */
export function codeSearchFor(system: string): CodeSearchService {
  let service = services.get(system);
  if (!service) {
    service = new WorkerCodeSearch(system);
    services.set(system, service);
  }
  return service;
}

/** Forgets a system's index (after its list was replaced). */
export function forgetCodeSearch(system: string): void {
  services.get(system)?.dispose();
  services.delete(system);
}
