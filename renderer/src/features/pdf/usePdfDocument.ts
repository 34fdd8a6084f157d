import { PasswordResponses, type PDFDocumentProxy } from 'pdfjs-dist';
import { useEffect, useState } from 'react';
import { openPdf } from '../../pdf/pdfjs';
import { PdfPages } from './pdfPages';

/** How long opening may take before the pane gives up and says so (a hostile file can stall). */
export const OPEN_BUDGET_MS = 30_000;

export type OpenFailure = 'damaged' | 'timeout' | 'passwordCancelled' | 'unreadable';

export type DocumentState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'password';
      /** True after a password was refused. */
      readonly retry: boolean;
      readonly submit: (password: string) => void;
      readonly cancel: () => void;
    }
  | { readonly status: 'error'; readonly failure: OpenFailure; readonly detail: string }
  | { readonly status: 'ready'; readonly doc: PDFDocumentProxy; readonly pages: PdfPages };

function failureOf(error: unknown): { failure: OpenFailure; detail: string } {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'InvalidPDFException') return { failure: 'damaged', detail };
  return { failure: 'unreadable', detail };
}

/**
 * Opens the PDF bytes with pdf.js. An encrypted file asks for its password (it is never stored:
 * it was asked at import too, and is asked again every time the document is opened); a refused
 * password asks again; a file pdf.js cannot parse, or that takes too long to open, is an error.
 */
export function usePdfDocument(bytes: Uint8Array): DocumentState {
  // The pane is keyed by document and attempt, so `bytes` never changes under a mounted hook.
  const [state, setState] = useState<DocumentState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    let failed = false;
    const task = openPdf(bytes);
    const fail = (failure: OpenFailure, detail: string): void => {
      failed = true;
      if (live) setState({ status: 'error', failure, detail });
      void task.destroy();
    };
    let timer = setTimeout(() => fail('timeout', `${OPEN_BUDGET_MS} ms`), OPEN_BUDGET_MS);
    task.onPassword = (update: (password: string) => void, reason: number) => {
      clearTimeout(timer);
      if (!live) return;
      setState({
        status: 'password',
        retry: reason === PasswordResponses.INCORRECT_PASSWORD,
        submit: (password) => {
          setState({ status: 'loading' });
          timer = setTimeout(() => fail('timeout', `${OPEN_BUDGET_MS} ms`), OPEN_BUDGET_MS);
          update(password);
        },
        cancel: () => fail('passwordCancelled', ''),
      });
    };
    task.promise
      .then(async (doc) => {
        const pages = new PdfPages(doc);
        await pages.init();
        clearTimeout(timer);
        if (live && !failed) setState({ status: 'ready', doc, pages });
      })
      .catch((error: unknown) => {
        clearTimeout(timer);
        if (!live || failed) return;
        const { failure, detail } = failureOf(error);
        setState({ status: 'error', failure, detail });
      });
    return () => {
      live = false;
      clearTimeout(timer);
      void task.destroy();
    };
  }, [bytes]);

  return state;
}
