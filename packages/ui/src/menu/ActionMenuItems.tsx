import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Fragment } from 'react';
import type { ActionMenuItem } from './ActionMenuItem.ts';

/** The items of an open action menu, the destructive ones set apart by a separator. */
export function ActionMenuItems({ items }: { items: readonly ActionMenuItem[] }) {
  return items.map((item, index) => (
    <Fragment key={item.id}>
      {item.danger && index > 0 && !items[index - 1]?.danger ? (
        <DropdownMenu.Separator className="parley-menu-separator" data-part="menu-separator" />
      ) : null}
      <DropdownMenu.Item
        className="parley-menu-item"
        data-part="menu-item"
        data-action={item.id}
        data-variant={item.danger ? 'danger' : undefined}
        disabled={item.disabled}
        onSelect={item.onSelect}
      >
        {item.label}
      </DropdownMenu.Item>
    </Fragment>
  ));
}
