import type { SaveRequest } from '../../shared/ipc/contract';

/** Where exported files go: the native save dialog (Electron) or a browser download (web host). */
export interface FileSaver {
  save(request: SaveRequest): Promise<'saved' | 'canceled'>;
}
