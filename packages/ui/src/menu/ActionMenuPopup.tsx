import { useDirection } from '@radix-ui/react-direction';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useCallback } from 'react';
import { usePortalContainer } from '../internal/PortalContainer.tsx';
import type { ActionMenuItem } from './ActionMenuItem.ts';
import { ActionMenuItems } from './ActionMenuItems.tsx';

/** Where an open action menu hangs, relative to the `ActionMenu` wrapper (px). */
export interface MenuAnchor {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Props of {@link ActionMenuPopup}. */
export interface ActionMenuPopupProps {
  items: readonly ActionMenuItem[];
  label: string;
  anchor: MenuAnchor;
  /** `point`: beside the pointer, like a context menu. `button`: below the "more" button. */
  placement: 'point' | 'button';
  /** Opened from the keyboard: the first item takes focus. */
  keyboard: boolean;
  onClose: () => void;
  /** Called as the menu closes; the menu then moves focus nowhere itself. */
  onCloseAutoFocus: () => void;
}

/**
 * The open menu of an `ActionMenu` (Radix DropdownMenu: focus, typeahead, dismissal,
 * positioning), mounted only while open and anchored to an invisible box inside the row, so
 * rows that never open a menu pay nothing for it.
 */
export function ActionMenuPopup({
  items,
  label,
  anchor,
  placement,
  keyboard,
  onClose,
  onCloseAutoFocus,
}: ActionMenuPopupProps) {
  const container = usePortalContainer();
  // A context menu opens toward the reading direction's end, as the platform's own do.
  const pointSide = useDirection() === 'rtl' ? 'left' : 'right';
  // Radix focuses the first item only in menus mounted before the key press; this one mounts
  // on it. An item focused as the menu attaches is kept: Radix then leaves focus alone.
  const focusFirstItem = useCallback(
    (element: HTMLDivElement | null) => {
      if (!keyboard || !element) return;
      element.querySelector<HTMLElement>('[role^="menuitem"]:not([data-disabled])')?.focus();
    },
    [keyboard],
  );
  return (
    <DropdownMenu.Root
      open
      modal={false}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
    >
      <DropdownMenu.Trigger asChild>
        <span
          className="parley-menu-anchor"
          data-part="menu-anchor"
          aria-hidden
          tabIndex={-1}
          style={anchor}
        />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal container={container}>
        <DropdownMenu.Content
          ref={focusFirstItem}
          className="parley-menu"
          data-part="menu"
          aria-label={label}
          // The anchor is not a labelled trigger: the menu is named by `aria-label` alone.
          aria-labelledby={undefined}
          side={placement === 'point' ? pointSide : 'bottom'}
          align={placement === 'point' ? 'start' : 'end'}
          sideOffset={placement === 'point' ? 2 : 4}
          collisionPadding={8}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            onCloseAutoFocus();
          }}
        >
          <ActionMenuItems items={items} />
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
