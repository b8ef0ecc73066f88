import * as ContextMenu from '@radix-ui/react-context-menu';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Fragment } from 'react';
import type { ActionMenuItem } from './ActionMenuItem.ts';

/** The same items for the dropdown ("more" button) and the context menu (right click). */
export function ActionMenuItems({
  items,
  kind,
}: {
  items: readonly ActionMenuItem[];
  kind: 'dropdown' | 'context';
}) {
  const Item = kind === 'dropdown' ? DropdownMenu.Item : ContextMenu.Item;
  const Separator = kind === 'dropdown' ? DropdownMenu.Separator : ContextMenu.Separator;
  return items.map((item, index) => (
    <Fragment key={item.id}>
      {item.danger && index > 0 && !items[index - 1]?.danger ? (
        <Separator className="parley-menu-separator" data-part="menu-separator" />
      ) : null}
      <Item
        className="parley-menu-item"
        data-part="menu-item"
        data-action={item.id}
        data-variant={item.danger ? 'danger' : undefined}
        disabled={item.disabled}
        onSelect={item.onSelect}
      >
        {item.label}
      </Item>
    </Fragment>
  ));
}
