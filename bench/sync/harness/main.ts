import type { SyncBench } from './api';
import { floorFirstSync, floorPush } from './floor';
import { oursFirstSync, oursOfflineEdits } from './ours';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete ${name}`));
  });
}

window.syncBench = {
  ours: oursFirstSync,
  floor: floorFirstSync,
  oursOfflineEdits,
  floorPush,
  deleteDatabase,
} satisfies SyncBench;
