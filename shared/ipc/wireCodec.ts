/**
 * JSON for the web host's WebSocket, with bytes carried as `{"$bytes": "<base64>"}`. Base64 is
 * passed in so each side uses its fastest native encoder (Buffer in Node, toBase64 in Chromium).
 */
export interface Base64 {
  encode(bytes: Uint8Array): string;
  decode(text: string): Uint8Array;
}

const BYTES_KEY = '$bytes';

export interface WireCodec {
  stringify(value: unknown): string;
  parse(text: string): unknown;
}

export function createWireCodec(base64: Base64): WireCodec {
  return {
    stringify(value) {
      return JSON.stringify(value, (_key, v: unknown) =>
        v instanceof Uint8Array ? { [BYTES_KEY]: base64.encode(v) } : v,
      );
    },
    parse(text) {
      return JSON.parse(text, (_key, v: unknown) => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const record = v as Record<string, unknown>;
          const encoded = record[BYTES_KEY];
          if (typeof encoded === 'string' && Object.keys(record).length === 1)
            return base64.decode(encoded);
        }
        return v;
      }) as unknown;
    },
  };
}

/** Messages from the page to the web host. */
export type ClientMessage =
  | {
      readonly t: 'invoke';
      readonly id: number;
      readonly channel: string;
      readonly request: unknown;
    }
  | {
      readonly t: 'picked';
      readonly id: number;
      readonly file: { name: string; bytes: Uint8Array } | null;
    }
  | { readonly t: 'savedFile'; readonly id: number; readonly saved: boolean };

/** Messages from the web host to the page. */
export type HostMessage =
  | { readonly t: 'result'; readonly id: number; readonly result: unknown }
  | { readonly t: 'event'; readonly event: string; readonly payload: unknown }
  | { readonly t: 'pick'; readonly id: number }
  /** Open a sign-in page in a new tab (the web host's stand-in for the system browser). */
  | { readonly t: 'open'; readonly url: string }
  | {
      readonly t: 'save';
      readonly id: number;
      readonly name: string;
      readonly mediaType: string;
      readonly bytes: Uint8Array;
    };
