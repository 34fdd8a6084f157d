import type { SyncBench } from './api';
import { floorFirstSync, floorPush } from './floor';
import { oursFirstSync, oursOfflineEdits } from './ours';

window.syncBench = {
  ours: oursFirstSync,
  floor: floorFirstSync,
  oursOfflineEdits,
  floorPush,
} satisfies SyncBench;
