import { IMPORT_EXTENSIONS_ACCEPT } from './importAccept';

/**
 * The browser's file chooser, used by the web host in place of the native dialog. Resolves to
 * undefined when the user cancels (Chromium fires `cancel` on the input).
 */
export function chooseFileInPage(): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = IMPORT_EXTENSIONS_ACCEPT;
    input.style.display = 'none';
    input.dataset.testid = 'host-file-picker';
    const finish = (value: { name: string; bytes: Uint8Array } | undefined): void => {
      input.remove();
      resolve(value);
    };
    input.addEventListener('cancel', () => finish(undefined));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish(undefined);
      file.arrayBuffer().then(
        (buffer) => finish({ name: file.name, bytes: new Uint8Array(buffer) }),
        () => finish(undefined),
      );
    });
    document.body.append(input);
    input.click();
  });
}
