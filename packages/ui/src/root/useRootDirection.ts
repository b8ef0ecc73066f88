import { useLayoutEffect, useState } from 'react';
import type { WritingDirection } from '../i18n/localeDirection.ts';

/** The direction a root lays out in, and the `dir` attribute it sets for it (none to inherit). */
export interface RootDirection {
  value: WritingDirection;
  attribute: WritingDirection | undefined;
}

/** The direction an ancestor's `dir` attribute gives `element`, or null when none sets one. */
function inheritedDirection(element: HTMLElement): WritingDirection | null {
  const parent = element.parentElement;
  const owner = parent?.closest('[dir]');
  if (!parent || !owner) return null;
  const attribute = owner.getAttribute('dir')?.toLowerCase();
  if (attribute === 'ltr' || attribute === 'rtl') return attribute;
  if (attribute !== 'auto') return null;
  return getComputedStyle(parent).direction === 'rtl' ? 'rtl' : 'ltr';
}

/**
 * The root's direction: the app's `dir` prop, else an ancestor's `dir` (the app set the page's
 * direction), else the locale's. The ancestor is read in a layout effect (before paint) once the
 * root is in the document and again when the locale changes; until then, and on the server, the
 * locale decides.
 */
export function useRootDirection(
  element: HTMLElement | null,
  dir: WritingDirection | undefined,
  locale: WritingDirection,
): RootDirection {
  const [inherited, setInherited] = useState<WritingDirection | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new locale is when apps flip the page's dir
  useLayoutEffect(() => {
    setInherited(element && !dir ? inheritedDirection(element) : null);
  }, [element, dir, locale]);
  if (dir) return { value: dir, attribute: dir };
  if (inherited) return { value: inherited, attribute: undefined };
  return { value: locale, attribute: locale };
}
