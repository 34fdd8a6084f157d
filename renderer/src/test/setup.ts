// Renderer unit tests run in jsdom with an in-memory IndexedDB, so Dexie code runs unchanged.
import 'fake-indexeddb/auto';
