import { useSyncExternalStore } from 'react';
import { whenIdle } from '../internal/whenIdle.ts';
import type { linkifyText } from './linkifyText.ts';

/** `linkifyText`, available once its module (with linkify-it) has loaded. */
export type Linkify = typeof linkifyText;

let linkify: Linkify | undefined;
let loading: Promise<Linkify> | undefined;
let warming = false;
const listeners = new Set<() => void>();
const noop = () => {};

/**
 * Loads the link matcher once and re-renders the texts waiting for it. A failed load (offline,
 * a missing chunk) leaves texts plain, still readable; the next text to mount tries again.
 */
export function loadLinkify(): Promise<Linkify> {
  loading ??= import('./linkifyText.ts').then(
    (module) => {
      linkify = module.linkifyText;
      for (const listener of listeners) listener();
      listeners.clear();
      return module.linkifyText;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

// A text that may hold a link needs the matcher now.
function subscribeNow(listener: () => void): () => void {
  if (linkify) return noop;
  listeners.add(listener);
  loadLinkify().catch(noop);
  return () => listeners.delete(listener);
}

// A text without a link candidate only warms the matcher, when idle, for the texts to come.
function subscribeIdle(): () => void {
  if (!linkify && !warming) {
    warming = true;
    whenIdle(() => {
      loadLinkify().catch(() => {
        warming = false;
      });
    });
  }
  return noop;
}

const getLinkify = () => linkify;
// Server rendering and hydration render plain text, so the client's first render matches the
// server's whether or not the matcher has loaded by then; links follow in the next render.
const getServerLinkify = () => undefined;

/**
 * The link matcher, or undefined until it has loaded. `candidate`: the text may hold a link
 * (see `mayContainLink`), so the matcher loads now rather than when the browser is idle.
 */
export function useLinkify(candidate: boolean): Linkify | undefined {
  return useSyncExternalStore(
    candidate ? subscribeNow : subscribeIdle,
    getLinkify,
    getServerLinkify,
  );
}
