import {
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
  type SyntheticEvent,
  useEffect,
  useRef,
  useState,
} from 'react';
import { MoreIcon } from '../internal/icons.tsx';
import { lazyPopup, preloadPopups } from '../internal/lazyPopup.tsx';
import { part } from '../internal/part.ts';
import type { ActionMenuItem } from './ActionMenuItem.ts';
import type { MenuAnchor } from './ActionMenuPopup.tsx';

// The Radix menu is in the lazily loaded popup module, loaded when a pointer or focus first
// reaches a menu target (see `preloadPopups`).
const ActionMenuPopup = lazyPopup((popups) => popups.ActionMenuPopup);

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

/** An open menu; `id` changes with every opening so each starts fresh. */
interface OpenMenu {
  id: number;
  anchor: MenuAnchor;
  placement: 'point' | 'button';
  keyboard: boolean;
}

/** Touch and pen open the menu after this long a press without moving (ms), as Radix does. */
const LONG_PRESS_MS = 700;

function isMenuKey(event: KeyboardEvent): boolean {
  return event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10');
}

let nextMenuId = 0;

/**
 * Row and message menus: the same items open on right click or a long press (beside the
 * pointer), on a "more" button and on the keyboard (Shift+F10 or the ContextMenu key on the
 * focused target, Enter/Space/ArrowDown on a tabbable "more" button). The menu itself (Radix
 * DropdownMenu: focus, typeahead, dismissal, positioning, portaled into the Parley root) mounts
 * only while open, so a list of thousands of rows renders none of it, and its code loads when a
 * pointer or focus first reaches a target (not with the app).
 */
export function ActionMenu({
  items,
  label,
  moreLabel,
  moreButton = 'tabbable',
  children,
}: ActionMenuProps) {
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const longPress = useRef<number | undefined>(undefined);
  // The ContextMenu key also fires a `contextmenu` event after keydown; the menu is already
  // open then, so that event must not reopen it beside the (absent) pointer.
  const suppressContextMenu = useRef(false);
  useEffect(() => () => window.clearTimeout(longPress.current), []);

  if (items.length === 0) return <>{children}</>;

  const pointerOnly = moreButton === 'pointer';
  // Events from the open menu bubble here through the React tree (it is portaled elsewhere).
  const fromRow = (event: SyntheticEvent) =>
    event.target instanceof Node && (wrapper.current?.contains(event.target) ?? false);
  const open = (anchor: MenuAnchor, placement: OpenMenu['placement'], keyboard: boolean) =>
    setMenu({ id: ++nextMenuId, anchor, placement, keyboard });
  const openAtPoint = (x: number, y: number) => {
    const box = wrapper.current?.getBoundingClientRect();
    returnFocus.current = null;
    open(
      { left: x - (box?.left ?? 0), top: y - (box?.top ?? 0), width: 0, height: 0 },
      'point',
      false,
    );
  };
  const openAtButton = (keyboard: boolean) => {
    const box = wrapper.current?.getBoundingClientRect();
    const button = more.current?.getBoundingClientRect();
    open(
      {
        left: (button?.left ?? 0) - (box?.left ?? 0),
        top: (button?.top ?? 0) - (box?.top ?? 0),
        width: button?.width ?? 0,
        height: button?.height ?? 0,
      },
      'button',
      keyboard,
    );
  };
  const cancelLongPress = (event: PointerEvent) => {
    if (event.pointerType !== 'mouse') window.clearTimeout(longPress.current);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!isMenuKey(event) || event.defaultPrevented || !fromRow(event)) return;
    event.preventDefault();
    returnFocus.current = event.target instanceof HTMLElement ? event.target : null;
    suppressContextMenu.current = true;
    openAtButton(true);
  };
  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    if (!fromRow(event)) return;
    event.preventDefault();
    window.clearTimeout(longPress.current);
    if (suppressContextMenu.current) {
      suppressContextMenu.current = false;
      return;
    }
    openAtPoint(event.clientX, event.clientY);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!fromRow(event)) return;
    suppressContextMenu.current = false;
    if (event.pointerType === 'mouse') return;
    window.clearTimeout(longPress.current);
    const { clientX, clientY } = event;
    longPress.current = window.setTimeout(() => openAtPoint(clientX, clientY), LONG_PRESS_MS);
  };

  const dropdownOpen = menu?.placement === 'button';
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: catches the menu key bubbling from the focusable target inside
    <div
      {...part('actions')}
      ref={wrapper}
      data-state={menu ? 'open' : 'closed'}
      onKeyDown={onKeyDown}
      onContextMenu={onContextMenu}
      onPointerDown={onPointerDown}
      onPointerEnter={preloadPopups}
      onFocus={preloadPopups}
      onPointerMove={cancelLongPress}
      onPointerUp={cancelLongPress}
      onPointerCancel={cancelLongPress}
    >
      {children}
      <button
        ref={more}
        type="button"
        className="parley-icon-button parley-more-button"
        data-part="more-button"
        data-state={dropdownOpen ? 'open' : 'closed'}
        aria-label={moreLabel}
        aria-haspopup="menu"
        aria-expanded={dropdownOpen}
        tabIndex={pointerOnly ? -1 : undefined}
        aria-hidden={pointerOnly || undefined}
        onPointerDown={(event) => {
          if (event.button !== 0 || event.ctrlKey) return;
          if (dropdownOpen) {
            setMenu(null);
            return;
          }
          // Keep focus where it is; a pointer-only button must not take it at all.
          event.preventDefault();
          const target = wrapper.current?.firstElementChild;
          returnFocus.current = pointerOnly && target instanceof HTMLElement ? target : null;
          openAtButton(false);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' && event.key !== ' ' && event.key !== 'ArrowDown') return;
          event.preventDefault();
          if (dropdownOpen && event.key !== 'ArrowDown') {
            setMenu(null);
            return;
          }
          returnFocus.current = event.currentTarget;
          openAtButton(true);
        }}
        onClick={(event) => {
          // Assistive technology clicks without a pointer or key press (detail 0).
          if (event.detail !== 0 || dropdownOpen) return;
          returnFocus.current = event.currentTarget;
          openAtButton(true);
        }}
      >
        <MoreIcon />
      </button>
      {menu ? (
        <ActionMenuPopup
          key={menu.id}
          items={items}
          label={label}
          anchor={menu.anchor}
          placement={menu.placement}
          keyboard={menu.keyboard}
          onClose={() => setMenu(null)}
          onCloseAutoFocus={() => {
            const target = returnFocus.current;
            returnFocus.current = null;
            if (target?.isConnected) target.focus();
          }}
        />
      ) : null}
    </div>
  );
}
