import { type ComponentType, lazy, Suspense, useState } from 'react';
import type * as Popups from './popups.ts';

/** The module of open menus, popovers and dialogs (see `popups.ts`). */
export type PopupModule = typeof Popups;

let loaded: PopupModule | undefined;
let loading: Promise<PopupModule> | undefined;
let requested = false;

/** Loads the popup module once; after a failed load the next call tries again. */
export function loadPopups(): Promise<PopupModule> {
  loading ??= import('./popups.ts').then(
    (module) => {
      loaded = module;
      return module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts loading the popup module, once, when the user shows they may open a popup: a pointer
 * over a menu target, or focus on it. The module is ready well before the click that follows,
 * so the first menu opens as fast as later ones. Not on mount or idle: evaluating the module
 * takes tens of milliseconds, which landed as a dropped frame in the first scroll of a freshly
 * mounted list. Call it from event handlers, never at import or render.
 */
export function preloadPopups(): void {
  if (requested || loaded) return;
  requested = true;
  loadPopups().catch(() => {
    // Offline or a missing chunk: the next hover, or the first opening, tries again.
    requested = false;
  });
}

/** What a popup renders when its module could not be loaded: nothing (the next opening retries). */
function Unavailable() {
  return null;
}

/**
 * A component rendering the popup `pick` selects from the popup module; mount it only while
 * the popup is open. Once the module has loaded (usually by {@link preloadPopups}, before
 * anyone opens anything) the popup renders in the same commit as before it was lazy. Until
 * then React.lazy suspends it, rendering nothing for the moment the load takes; the popup
 * then mounts as it would have (taking focus, positioning itself). (React.lazy alone would
 * suspend the first render of each popup even with its module loaded, showing it a commit late.)
 */
export function lazyPopup<P extends object>(
  pick: (module: PopupModule) => ComponentType<P>,
): ComponentType<P> {
  // biome-ignore lint/correctness/noComponentHookFactories: called once per popup at module level, like React.lazy
  function LazyPopup(props: P) {
    // Chosen once per mount: switching from the lazy component to the loaded one on a later
    // render would remount the open popup and lose its focus and state.
    const [Popup] = useState<ComponentType<P>>(() =>
      loaded
        ? pick(loaded)
        : lazy<ComponentType<P>>(() =>
            loadPopups().then(
              (module) => ({ default: pick(module) }),
              (error: unknown) => {
                console.error(error);
                return { default: Unavailable };
              },
            ),
          ),
    );
    return (
      <Suspense fallback={null}>
        <Popup {...props} />
      </Suspense>
    );
  }
  return LazyPopup;
}
