import * as ContextMenu from '@radix-ui/react-context-menu';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { MoreIcon } from '../internal/icons.tsx';
import { usePortalContainer } from '../internal/PortalContainer.tsx';
import { part } from '../internal/part.ts';
import type { ActionMenuItem } from './ActionMenuItem.ts';
import { ActionMenuItems } from './ActionMenuItems.tsx';

/** Props of {@link ActionMenu}. */
export interface ActionMenuProps {
  items: readonly ActionMenuItem[];
  /** Accessible name of the menu. */
  label: string;
  /** Accessible name of the "more" button. */
  moreLabel: string;
  /**
   * `tabbable`: the "more" button is in the tab order. `pointer`: it is for mouse and touch only
   * (hidden from assistive tech) because the target itself is focusable and opens the menu
   * with Shift+F10 / the ContextMenu key, e.g. an option in a listbox, which must not
   * contain buttons. Default `tabbable`.
   */
  moreButton?: 'tabbable' | 'pointer';
  children: ReactNode;
}

function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
}

/**
 * Row and message menus: the same items open on right click (Radix ContextMenu), on a "more"
 * button and on the keyboard (Shift+F10 or the ContextMenu key on the focused target, Radix
 * DropdownMenu). Radix handles focus, typeahead, dismissal and positioning; menus portal into the
 * Parley root so they keep its theme.
 */
export function ActionMenu({
  items,
  label,
  moreLabel,
  moreButton = 'tabbable',
  children,
}: ActionMenuProps) {
  const container = usePortalContainer();
  const [open, setOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  // The ContextMenu key also fires a `contextmenu` event after keydown; the dropdown is already
  // open then, so that event must not open the context menu on top of it.
  const suppressContextMenu = useRef(false);

  if (items.length === 0) return <>{children}</>;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isMenuKey(event) || event.defaultPrevented) return;
    event.preventDefault();
    returnFocus.current = event.target instanceof HTMLElement ? event.target : null;
    suppressContextMenu.current = true;
    setOpen(true);
  };

  const pointerOnly = moreButton === 'pointer';
  return (
    <ContextMenu.Root modal={false}>
      <ContextMenu.Trigger asChild>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: catches the menu key bubbling from the focusable target inside */}
        <div
          {...part('actions')}
          ref={wrapper}
          data-state={open ? 'open' : 'closed'}
          onKeyDown={onKeyDown}
          onPointerDown={() => {
            suppressContextMenu.current = false;
          }}
          onContextMenu={(event) => {
            if (suppressContextMenu.current) {
              suppressContextMenu.current = false;
              event.preventDefault();
            }
          }}
        >
          {children}
          <DropdownMenu.Root open={open} onOpenChange={setOpen} modal={false}>
            <DropdownMenu.Trigger
              className="parley-icon-button parley-more-button"
              data-part="more-button"
              aria-label={moreLabel}
              tabIndex={pointerOnly ? -1 : undefined}
              aria-hidden={pointerOnly ? true : undefined}
              onPointerDown={() => {
                // A pointer-only button must not keep focus: give it back to the target.
                const target = wrapper.current?.firstElementChild;
                returnFocus.current = pointerOnly && target instanceof HTMLElement ? target : null;
              }}
            >
              <MoreIcon />
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal container={container}>
              <DropdownMenu.Content
                className="parley-menu"
                data-part="menu"
                aria-label={label}
                align="end"
                sideOffset={4}
                collisionPadding={8}
                onCloseAutoFocus={(event) => {
                  const target = returnFocus.current;
                  returnFocus.current = null;
                  if (target?.isConnected) {
                    event.preventDefault();
                    target.focus();
                  }
                }}
              >
                <ActionMenuItems items={items} kind="dropdown" />
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </div>
      </ContextMenu.Trigger>
      <ContextMenu.Portal container={container}>
        <ContextMenu.Content
          className="parley-menu"
          data-part="menu"
          aria-label={label}
          collisionPadding={8}
        >
          <ActionMenuItems items={items} kind="context" />
        </ContextMenu.Content>
      </ContextMenu.Portal>
    </ContextMenu.Root>
  );
}
