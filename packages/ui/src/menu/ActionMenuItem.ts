/** One action of a row or message menu. */
export interface ActionMenuItem {
  /** Stable id; also the item's `data-action`. */
  id: string;
  label: string;
  onSelect: () => void;
  /** Destructive (delete): styled as danger and separated from the rest. Default false. */
  danger?: boolean;
  disabled?: boolean;
  /** Shown instead of the label, which then only names the item (an emoji). Default: the label. */
  glyph?: string;
  /** Items of the same group that follow one another share a row (quick reactions). */
  group?: string;
  /** A toggle, checked or not (a menu checkbox item). Default: a plain item. */
  checked?: boolean;
}
