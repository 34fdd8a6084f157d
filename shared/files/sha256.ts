export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  // Our bytes never live in a SharedArrayBuffer; WebCrypto's typing just cannot know that.
  const digest = new Uint8Array(
    await crypto.subtle.digest(
      'SHA-256',
      new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength),
    ),
  );
  let hex = '';
  for (const b of digest) hex += b.toString(16).padStart(2, '0');
  return hex;
}
