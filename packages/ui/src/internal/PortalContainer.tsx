import { createContext, useContext } from 'react';

/**
 * Where menus, popovers and dialogs portal to: inside the Parley root, so they inherit its
 * theme variables and `dir`. Null means `document.body` (Radix's default).
 */
export const PortalContainerContext = createContext<HTMLElement | null>(null);

/** The element portals render into; null outside a `ParleyRoot`. */
export function usePortalContainer(): HTMLElement | null {
  return useContext(PortalContainerContext);
}
