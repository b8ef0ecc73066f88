import { useT } from '../i18n/useT.ts';

/** Props of {@link ReactionOption}. */
export interface ReactionOptionProps {
  reaction: string;
  /** Mine already: pressed. */
  on: boolean;
  onSelect: (reaction: string) => void;
}

/** One reaction to pick, in the bar or the picker: a pressed-state button named "React with …". */
export function ReactionOption({ reaction, on, onSelect }: ReactionOptionProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="parley-reaction-option"
      data-part="reaction-option"
      data-key={reaction}
      data-state={on ? 'on' : 'off'}
      aria-pressed={on}
      aria-label={t('reactions.react', { emoji: reaction })}
      onClick={() => onSelect(reaction)}
    >
      <span aria-hidden>{reaction}</span>
    </button>
  );
}
