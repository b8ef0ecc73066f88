import type { ReactionSummary } from '@parley/core';
import type { RefObject } from 'react';
import { useT } from '../i18n/useT.ts';
import { AnchoredPopover } from '../internal/AnchoredPopover.tsx';

/** Props of {@link ReactorsPopover}. */
export interface ReactorsPopoverProps {
  /** Id of the popover, for the button's `aria-controls`. */
  id: string;
  /** The button it hangs from and gives focus back to. */
  anchor: RefObject<HTMLButtonElement | null>;
  reactions: readonly ReactionSummary[];
  getName: (account: string) => string;
  onClose: () => void;
}

/**
 * Who reacted with what: each key with the names of those who chose it. Mounted only while
 * open, from the lazily loaded popup module (see `AnchoredPopover`).
 */
export function ReactorsPopover({ id, anchor, reactions, getName, onClose }: ReactorsPopoverProps) {
  const t = useT();
  return (
    <AnchoredPopover
      id={id}
      anchor={anchor}
      title={t('reactions.who')}
      part="reactors-popover"
      onClose={onClose}
    >
      <dl className="parley-reactors" data-part="reactors">
        {reactions.map((reaction) => (
          <div key={reaction.key} className="parley-reactors-group" data-part="reactors-group">
            <dt className="parley-reaction-key" data-part="reaction-key">
              {reaction.key}
            </dt>
            <dd className="parley-reactors-names" data-part="reactors-names">
              {reaction.accounts.map(getName).join(', ')}
            </dd>
          </div>
        ))}
      </dl>
    </AnchoredPopover>
  );
}
