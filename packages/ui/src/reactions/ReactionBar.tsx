import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import { ReactionOption } from './ReactionOption.tsx';
import { useReactionSet } from './ReactionSet.ts';

/** Props of {@link ReactionBar}. */
export interface ReactionBarProps {
  /** My reaction keys on the message: their buttons are pressed. */
  mine: readonly string[];
  /** Turns my reaction with this key on or off. */
  onToggle: (key: string) => void;
  /** Opens the fuller picker beside `button`; without it there is no "more" button. */
  onMore?: (button: HTMLButtonElement) => void;
  /** The quick reactions. Default: the `ParleyRoot`'s `reactions` (else `DEFAULT_REACTIONS`). */
  reactions?: readonly string[];
}

/**
 * The quick reactions over a hovered or focused message: one pressed-state button per key and
 * a "more" button for the fuller picker.
 */
export function ReactionBar({ mine, onToggle, onMore, reactions }: ReactionBarProps) {
  const t = useT();
  const set = useReactionSet();
  const keys = reactions ?? set;
  return (
    <fieldset {...part('reaction-bar')} aria-label={t('reactions.bar')}>
      {keys.map((key) => (
        <ReactionOption key={key} reaction={key} on={mine.includes(key)} onSelect={onToggle} />
      ))}
      {onMore ? (
        <button
          type="button"
          {...part('reaction-more')}
          aria-haspopup="dialog"
          aria-label={t('reactions.more')}
          title={t('reactions.more')}
          onClick={(event) => onMore(event.currentTarget)}
        >
          <span aria-hidden>+</span>
        </button>
      ) : null}
    </fieldset>
  );
}
