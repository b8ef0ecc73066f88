import type { Element } from '@xmpp/client';
import { xml } from '@xmpp/client';
import { NS } from './namespaces.ts';

/**
 * The parts of `body` that a `<fallback for=…>` (XEP-0428) marks as there only for clients
 * that do not know `forNs`, as [start, end) ranges in code points (XEP-0426). A fallback
 * element without `<body/>` children, or a `<body/>` without a range, covers the whole body.
 */
function fallbackRanges(stanza: Element, forNs: string, length: number): [number, number][] {
  const ranges: [number, number][] = [];
  for (const fallback of stanza.getChildren('fallback', NS.fallback)) {
    if (fallback.attrs.for !== forNs) continue;
    const bodies = fallback.getChildren('body');
    if (bodies.length === 0) return [[0, length]];
    for (const body of bodies) {
      const start = body.attrs.start === undefined ? 0 : Number(body.attrs.start);
      const end = body.attrs.end === undefined ? length : Number(body.attrs.end);
      // A range that does not fit the body is a foreign client's bug: keep the whole text.
      if (!Number.isInteger(start) || !Number.isInteger(end)) continue;
      if (start < 0 || end > length || start >= end) continue;
      ranges.push([start, end]);
    }
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

/** What a `forNs` fallback covers in `body` (joined), and the body without it. */
export function splitFallback(
  stanza: Element,
  body: string,
  forNs: string,
): { fallback: string; rest: string } {
  const points = Array.from(body);
  const ranges = fallbackRanges(stanza, forNs, points.length);
  if (ranges.length === 0) return { fallback: '', rest: body };
  let fallback = '';
  let rest = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue; // overlapping ranges: the first one wins
    rest += points.slice(at, start).join('');
    fallback += points.slice(start, end).join('');
    at = end;
  }
  rest += points.slice(at).join('');
  return { fallback, rest };
}

/** Marks the first code points of the body, up to the length of `prefix`, as a `forNs` fallback. */
export function prefixFallback(forNs: string, prefix: string): Element {
  return xml(
    'fallback',
    { xmlns: NS.fallback, for: forNs },
    xml('body', { start: '0', end: String(Array.from(prefix).length) }),
  );
}
