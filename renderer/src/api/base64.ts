import type { Base64 } from '../../../shared/ipc/wireCodec';

interface NativeBase64 {
  toBase64?: () => string;
}
interface NativeBase64Ctor {
  fromBase64?: (text: string) => Uint8Array;
}

const CHUNK = 0x8000;

/** Chromium ships Uint8Array.prototype.toBase64; the fallback keeps older engines working. */
export const browserBase64: Base64 = {
  encode(bytes) {
    const native = (bytes as NativeBase64).toBase64;
    if (native) return native.call(bytes);
    let binary = '';
    for (let i = 0; i < bytes.length; i += CHUNK) {
      binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
    }
    return btoa(binary);
  },
  decode(text) {
    const native = (Uint8Array as NativeBase64Ctor).fromBase64;
    if (native) return native(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  },
};
