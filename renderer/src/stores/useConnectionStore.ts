import { create } from 'zustand';
import type { ConnectionState } from '../../../shared/ipc/contract';
import { api } from '../api';

interface ConnectionStore {
  readonly connection: ConnectionState;
  readonly load: () => Promise<void>;
  readonly receive: (connection: ConnectionState) => void;
}

export const useConnectionStore = create<ConnectionStore>()((set) => ({
  connection: { state: 'local' },
  load: async () => {
    set({ connection: await api.invoke('connection:get', {}) });
  },
  receive: (connection) => {
    set({ connection });
  },
}));
