import type { i18n as I18n } from 'i18next';
import { useCallback, useSyncExternalStore } from 'react';

const revisions = new WeakMap<I18n, number>();

/**
 * How many times strings were added to or removed from `i18n`, counted from the first time it
 * is asked by a listener that lives as long as the instance: a change between a render and the
 * subscription after it (a locale module arriving) still shows.
 */
function revisionOf(i18n: I18n): number {
  const revision = revisions.get(i18n);
  if (revision !== undefined) return revision;
  revisions.set(i18n, 0);
  const bump = () => revisions.set(i18n, (revisions.get(i18n) ?? 0) + 1);
  i18n.store.on('added', bump);
  i18n.store.on('removed', bump);
  return 0;
}

/** Re-renders when `i18n`'s strings change (a lazily loaded locale arriving, app additions). */
export function useStringsRevision(i18n: I18n): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      i18n.store.on('added', notify);
      i18n.store.on('removed', notify);
      return () => {
        i18n.store.off('added', notify);
        i18n.store.off('removed', notify);
      };
    },
    [i18n],
  );
  const get = () => revisionOf(i18n);
  return useSyncExternalStore(subscribe, get, get);
}
