import { create } from 'zustand';
import { ImportProblem, type ImportProblemCode } from '../../../shared/files/importProblem';
import { LOCAL_PROJECT_ID, type DocumentId } from '../../../shared/model/ids';
import { api } from '../api';
import { deleteDocument, findBySha256, saveDocument } from '../db/documents';
import { db } from '../db/schema';
import { buildDocument } from '../features/documents/buildDocument';
import { extractPdf } from '../features/documents/extractPdf';
import { openPdf } from '../pdf/pdfjs';

export type ImportNotice =
  | { readonly kind: 'imported'; readonly name: string; readonly warnings: readonly string[] }
  | { readonly kind: 'duplicate'; readonly name: string; readonly existing: string }
  | { readonly kind: 'problem'; readonly name: string; readonly problem: ImportProblemCode }
  | { readonly kind: 'failed'; readonly name: string };

export interface PasswordRequest {
  readonly fileName: string;
  readonly retry: boolean;
  readonly answer: (password: string | undefined) => void;
}

interface DocumentState {
  readonly busy: boolean;
  readonly progress?: { readonly done: number; readonly total: number };
  readonly notice?: ImportNotice;
  readonly passwordRequest?: PasswordRequest;
  readonly importFromPicker: () => Promise<void>;
  readonly remove: (id: DocumentId) => Promise<void>;
  readonly dismissNotice: () => void;
}

export const useDocumentStore = create<DocumentState>()((set, get) => ({
  busy: false,
  importFromPicker: async () => {
    if (get().busy) return;
    set({ busy: true, notice: undefined, progress: undefined });
    let name = '';
    try {
      const picked = await api.invoke('documents:pickAndImport', {});
      if (picked.status === 'canceled') return;
      if (picked.status === 'refused') {
        set({ notice: { kind: 'problem', name: picked.name, problem: picked.problem } });
        return;
      }
      name = picked.file.name;
      const built = await buildDocument(picked.file, {
        projectId: LOCAL_PROJECT_ID,
        extractPdf: (bytes) =>
          extractPdf({
            open: (password) => openPdf(bytes, password),
            askPassword: (retry) =>
              new Promise((resolve) => {
                set({
                  passwordRequest: {
                    fileName: name,
                    retry,
                    answer: (password) => {
                      set({ passwordRequest: undefined });
                      resolve(password);
                    },
                  },
                });
              }),
            onProgress: (done, total) => set({ progress: { done, total } }),
          }),
      });
      const existing = await findBySha256(db(), built.record.sha256);
      if (existing) {
        set({ notice: { kind: 'duplicate', name, existing: existing.name } });
        return;
      }
      await saveDocument(db(), built.record, built.content);
      set({ notice: { kind: 'imported', name, warnings: built.record.warnings } });
    } catch (error) {
      if (error instanceof ImportProblem)
        set({ notice: { kind: 'problem', name, problem: error.code } });
      else {
        console.error('import failed', error);
        set({ notice: { kind: 'failed', name } });
      }
    } finally {
      set({ busy: false, progress: undefined, passwordRequest: undefined });
    }
  },
  remove: (id) => deleteDocument(db(), id),
  dismissNotice: () => set({ notice: undefined }),
}));
