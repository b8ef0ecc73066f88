import type { ReactionSummary } from '@parley/core';
import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { lazyPopup, preloadPopups } from '../internal/lazyPopup.tsx';
import { part } from '../internal/part.ts';

// Radix and the list of names load with the other popups, when a pointer or focus nears them.
const ReactorsPopover = lazyPopup((popups) => popups.ReactorsPopover);

/** Names shown in a chip's tooltip before "…". */
const TOOLTIP_NAMES = 8;

/** Props of {@link ReactionChips}. */
export interface ReactionChipsProps {
  /** The message's reactions, from `useReactions` (`summarizeReactions`); empty renders nothing. */
  reactions: readonly ReactionSummary[];
  /** Turns my reaction with this key on or off. Without it the chips only show counts. */
  onToggle?: (key: string) => void;
  /** Display name of an account, for the tooltip and "who reacted". Default: the account. */
  getName?: (account: string) => string;
  /** The signed-in account: named "You" among who reacted. */
  me?: string;
}

/**
 * Reactions under a bubble: one chip per key with its count, mine pressed (`aria-pressed`);
 * a chip toggles mine. A last button opens who reacted with what (names, in a popover whose
 * code loads on demand).
 */
export function ReactionChips({ reactions, onToggle, getName, me }: ReactionChipsProps) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();
  if (reactions.length === 0) return null;
  const nameOf = (account: string) =>
    account === me ? t('common.you') : (getName?.(account) ?? account);
  return (
    <fieldset {...part('reaction-chips')} aria-label={t('reactions.label')}>
      {reactions.map((reaction) => {
        const names = reaction.accounts.slice(0, TOOLTIP_NAMES).map(nameOf);
        const more = reaction.accounts.length > TOOLTIP_NAMES ? '…' : '';
        return (
          <button
            key={reaction.key}
            type="button"
            {...part('reaction-chip')}
            data-state={reaction.mine ? 'on' : 'off'}
            aria-pressed={reaction.mine}
            aria-label={t('reactions.chip', { emoji: reaction.key, count: reaction.count })}
            title={`${names.join(', ')}${more}`}
            disabled={!onToggle}
            onClick={() => onToggle?.(reaction.key)}
          >
            <span className="parley-reaction-key" data-part="reaction-key" aria-hidden>
              {reaction.key}
            </span>
            <span className="parley-reaction-count" data-part="reaction-count" aria-hidden>
              {reaction.count}
            </span>
          </button>
        );
      })}
      <button
        ref={button}
        type="button"
        {...part('reactors-button')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-label={t('reactions.who')}
        title={t('reactions.who')}
        onPointerEnter={preloadPopups}
        onFocus={preloadPopups}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden>…</span>
      </button>
      {open ? (
        <ReactorsPopover
          id={popoverId}
          anchor={button}
          reactions={reactions}
          getName={nameOf}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </fieldset>
  );
}
