/**
 * Monaco from the app's own bundle: the editor core, its built-in features (find, go-to-line,
 * folding…) and the editor worker as a bundled asset. No language services are loaded (documents are
 * plain text), and nothing is fetched from a CDN.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

window.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };
