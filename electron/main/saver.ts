import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import type { FileSaver } from '../services/fileSaver';

/** The native save dialog as a FileSaver: the user picks the folder; we write only there. */
export function electronFileSaver(
  dialog: Pick<Dialog, 'showSaveDialog'>,
  parent: () => BrowserWindow | undefined,
): FileSaver {
  return {
    async save(request) {
      const options: Electron.SaveDialogOptions = { defaultPath: basename(request.suggestedName) };
      const window = parent();
      const result = window
        ? await dialog.showSaveDialog(window, options)
        : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return 'canceled';
      await writeFile(result.filePath, request.bytes);
      return 'saved';
    },
  };
}
