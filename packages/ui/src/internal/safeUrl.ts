const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MEDIA_PROTOCOLS = new Set(['http:', 'https:', 'blob:']);

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.trim() === '') return null;
  try {
    // A base keeps relative URLs (served by the app itself) valid without allowing new schemes.
    return new URL(url.trim(), 'https://parley.invalid/');
  } catch {
    return null;
  }
}

/** The URL when it is http(s) or mailto, for anchors in user content; otherwise null. */
export function safeLinkUrl(url: unknown): string | null {
  const parsed = parse(url);
  if (!parsed || !LINK_PROTOCOLS.has(parsed.protocol)) return null;
  return typeof url === 'string' ? url.trim() : null;
}

/**
 * The URL when it can be shown as media or downloaded: http(s), blob (local previews while
 * uploading) and `data:image/*`. Anything else (javascript:, data:text/html, …) gives null.
 */
export function safeMediaUrl(url: unknown, allowDataImage = true): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  if (allowDataImage && /^data:image\/(png|gif|jpe?g|webp|avif);/i.test(trimmed)) return trimmed;
  const parsed = parse(trimmed);
  if (!parsed || !MEDIA_PROTOCOLS.has(parsed.protocol)) return null;
  return trimmed;
}
