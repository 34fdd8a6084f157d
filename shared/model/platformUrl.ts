const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** A platform address must be https, or http on this machine (the embedded platform). Empty = embedded. */
export function isValidPlatformUrl(value: string): boolean {
  if (value === '') return true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}
