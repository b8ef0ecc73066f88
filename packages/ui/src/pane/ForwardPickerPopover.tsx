import type { Message, Session } from '@parley/core';
import { displayName, useChatStore, useSessions } from '@parley/react';
import { type ReactNode, useMemo, useState } from 'react';
import { Avatar } from '../avatar/Avatar.tsx';
import { useT } from '../i18n/useT.ts';
import { ModalPopover } from '../internal/ModalPopover.tsx';

/** Sessions listed at once; the search narrows the rest. */
const MAX_SHOWN = 50;

/** Props of {@link ForwardPickerPopover}. */
export interface ForwardPickerPopoverProps {
  /** The message being forwarded. */
  message: Message;
  onPick: (message: Message, sessionId: string) => void;
  onClose: () => void;
  /** Where the picker is positioned. */
  anchor: ReactNode;
  /**
   * The element focus goes back to when the picker closes (picked, Escape, outside click),
   * usually the forwarded message. Default: where it was before the picker opened.
   */
  returnFocusTo?: (message: Message) => HTMLElement | null | undefined;
}

function Targets({ query, onPick }: { query: string; onPick: (sessionId: string) => void }) {
  const t = useT();
  const { sessions } = useSessions();
  const users = useChatStore((s) => s.users);
  const teams = useChatStore((s) => s.teams);
  const shown = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    const out: { session: Session; name: string }[] = [];
    for (const session of sessions) {
      const name = displayName({ users, teams }, session);
      if (needle && !name.toLocaleLowerCase().includes(needle)) continue;
      out.push({ session, name });
      if (out.length === MAX_SHOWN) break;
    }
    return out;
  }, [sessions, users, teams, query]);
  if (shown.length === 0) return <p className="parley-muted-text">{t('pane.forward.none')}</p>;
  return (
    <ul className="parley-forward-targets" data-part="forward-targets">
      {shown.map(({ session, name }) => (
        <li key={session.id}>
          <button
            type="button"
            className="parley-forward-target"
            data-part="forward-target"
            onClick={() => onPick(session.id)}
          >
            <Avatar id={session.to} name={name} size="sm" decorative />
            <span dir="auto">{name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The open forward picker: a modal popover with a search field and the recent sessions (Radix
 * handles focus trapping, Escape and dismissal). `ForwardPicker` mounts it only while a
 * message is being forwarded, so its query starts empty each time.
 */
export function ForwardPickerPopover({
  message,
  onPick,
  onClose,
  anchor,
  returnFocusTo,
}: ForwardPickerPopoverProps) {
  const t = useT();
  const [query, setQuery] = useState('');
  return (
    <ModalPopover
      title={t('pane.forward.title')}
      part="forward-picker"
      anchor={anchor}
      onClose={onClose}
      onCloseAutoFocus={(event) => {
        // The menu that opened the picker is gone, so Radix would drop focus on the body.
        const target = returnFocusTo?.(message);
        if (target?.isConnected) {
          event.preventDefault();
          target.focus();
        }
      }}
    >
      <input
        type="search"
        className="parley-forward-search"
        data-part="forward-search"
        aria-label={t('pane.forward.search')}
        placeholder={t('pane.forward.search')}
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <Targets query={query} onPick={(sessionId) => onPick(message, sessionId)} />
    </ModalPopover>
  );
}
