import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { Fragment } from 'react';
import type { ActionMenuItem } from './ActionMenuItem.ts';

function Item({ item }: { item: ActionMenuItem }) {
  const common = {
    className: 'parley-menu-item',
    'data-part': 'menu-item',
    'data-action': item.id,
    'data-variant': item.danger ? 'danger' : item.glyph ? 'glyph' : undefined,
    disabled: item.disabled,
    onSelect: item.onSelect,
    'aria-label': item.glyph ? item.label : undefined,
  };
  const content = item.glyph ? <span aria-hidden>{item.glyph}</span> : item.label;
  return item.checked === undefined ? (
    <DropdownMenu.Item {...common}>{content}</DropdownMenu.Item>
  ) : (
    <DropdownMenu.CheckboxItem {...common} checked={item.checked}>
      {content}
    </DropdownMenu.CheckboxItem>
  );
}

/** Consecutive items split into runs: a run of one group, or a single ungrouped item. */
function runs(items: readonly ActionMenuItem[]): ActionMenuItem[][] {
  const out: ActionMenuItem[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.group && last?.[0]?.group === item.group) last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * The items of an open action menu: the destructive ones set apart by a separator, grouped
 * items (quick reactions) in one row.
 */
export function ActionMenuItems({ items }: { items: readonly ActionMenuItem[] }) {
  return runs(items).map((run, index, all) => {
    const first = run[0];
    if (!first) return null;
    const previous = all[index - 1]?.[0];
    const separated = first.danger && previous !== undefined && !previous.danger;
    return (
      <Fragment key={first.group ?? first.id}>
        {separated ? (
          <DropdownMenu.Separator className="parley-menu-separator" data-part="menu-separator" />
        ) : null}
        {first.group ? (
          <DropdownMenu.Group className="parley-menu-row" data-part="menu-row">
            {run.map((item) => (
              <Item key={item.id} item={item} />
            ))}
          </DropdownMenu.Group>
        ) : (
          <Item item={first} />
        )}
      </Fragment>
    );
  });
}
