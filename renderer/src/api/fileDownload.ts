/** The browser's download, used by the web host in place of the native save dialog. */
export function downloadInPage(name: string, mediaType: string, bytes: Uint8Array): boolean {
  const url = URL.createObjectURL(
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}
