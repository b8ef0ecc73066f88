import type { KeyboardEvent, RefObject } from 'react';
import { useT } from '../i18n/useT.ts';
import { AnchoredPopover } from '../internal/AnchoredPopover.tsx';
import { PICKER_EMOJI } from './pickerEmoji.ts';
import { ReactionOption } from './ReactionOption.tsx';

/** Emoji per row of the grid; arrows up and down move by a row. */
const COLUMNS = 8;

/** Props of {@link ReactionPicker}. */
export interface ReactionPickerProps {
  /** What it hangs from and gives focus back to (the "more" button, or the message). */
  anchor: RefObject<HTMLElement | null>;
  /** The quick reactions, offered first. */
  quick: readonly string[];
  /** My reaction keys on the message: pressed. */
  mine: readonly string[];
  /** A key was picked (the picker then closes). */
  onPick: (key: string) => void;
  onClose: () => void;
}

function moveFocus(event: KeyboardEvent<HTMLFieldSetElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button[data-key]')];
  const from = buttons.indexOf(event.target as HTMLButtonElement);
  if (from < 0) return;
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const step: Record<string, number> = {
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
    ArrowDown: COLUMNS,
    ArrowUp: -COLUMNS,
  };
  let to: number;
  if (event.key === 'Home') to = 0;
  else if (event.key === 'End') to = buttons.length - 1;
  else if (event.key in step) to = from + (step[event.key] ?? 0);
  else return;
  event.preventDefault();
  buttons[Math.min(Math.max(to, 0), buttons.length - 1)]?.focus();
}

/**
 * The fuller reaction picker: the quick reactions, then a grid of common emoji; arrows move
 * across the grid, Enter picks, Escape closes. Mounted only while open, from the lazily
 * loaded popup module.
 */
export function ReactionPicker({ anchor, quick, mine, onPick, onClose }: ReactionPickerProps) {
  const t = useT();
  const keys = [...quick, ...PICKER_EMOJI.filter((key) => !quick.includes(key))];
  return (
    <AnchoredPopover
      anchor={anchor}
      title={t('reactions.picker')}
      part="reaction-picker"
      side="top"
      onClose={onClose}
    >
      <fieldset
        className="parley-reaction-grid"
        data-part="reaction-grid"
        aria-label={t('reactions.picker')}
        onKeyDown={moveFocus}
      >
        {keys.map((key) => (
          <ReactionOption key={key} reaction={key} on={mine.includes(key)} onSelect={onPick} />
        ))}
      </fieldset>
    </AnchoredPopover>
  );
}
