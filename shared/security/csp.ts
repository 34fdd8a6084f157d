/**
 * The renderer's Content-Security-Policy, sent as a header by the app:// protocol and the web host
 * and also written into index.html at build time. Everything loads from the app itself:
 * - scripts: no eval; 'wasm-unsafe-eval' only lets pdf.js compile its bundled decoders (JPX, JBIG2);
 * - styles: Monaco and pdf.js set inline styles, so 'unsafe-inline' is needed for style only;
 * - fonts: pdf.js loads embedded PDF fonts through data: and blob: URLs;
 * - connect: the app itself only (the web host's WebSocket is same-origin); the renderer never
 *   talks to the platform directly, main does.
 */
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "connect-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "child-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
];

/** For the index.html meta tag: `frame-ancestors` is only honoured (and only allowed) in a header. */
export const CONTENT_SECURITY_POLICY_META = DIRECTIVES.join('; ');

export const CONTENT_SECURITY_POLICY = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');

/** Headers that accompany every renderer response, in both hosts. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
};
