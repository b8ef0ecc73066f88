/** One action of a row or message menu. */
export interface ActionMenuItem {
  /** Stable id; also the item's `data-action`. */
  id: string;
  label: string;
  onSelect: () => void;
  /** Destructive (delete): styled as danger and separated from the rest. Default false. */
  danger?: boolean;
  disabled?: boolean;
}
