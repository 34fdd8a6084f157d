import type { BrowserWindow, Dialog } from 'electron';
import type { FilePicker } from '../services/fileImport';
import { IMPORT_EXTENSIONS } from '../services/fileImport';

/** The native open dialog as a FilePicker, parented to the calling window. */
export function electronFilePicker(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: () => BrowserWindow | undefined,
): FilePicker {
  return {
    async pickFile() {
      const options: Electron.OpenDialogOptions = {
        properties: ['openFile'],
        filters: [
          { name: 'Documents', extensions: IMPORT_EXTENSIONS },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const window = parent();
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const path = result.filePaths[0];
      return result.canceled || !path ? undefined : { kind: 'path', path };
    },
  };
}
