import type { Session } from '@parley/core';
import { toChatError, useDirectorySearch } from '@parley/react';
import { type KeyboardEvent, useId, useLayoutEffect, useMemo, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import { RetryButton } from '../internal/RetryButton.tsx';
import { Spinner } from '../spinner/Spinner.tsx';
import { DirectoryOptionRow } from './DirectoryOptionRow.tsx';
import { type DirectoryOption, directoryOptions } from './directoryOptions.ts';

/** Props of {@link NewChatPicker}. */
export interface NewChatPickerProps {
  /** Called with the session of the picked person, team or account (inserted when new). */
  onStart: (session: Session) => void;
  /** Text the search field starts with. Default `''`. */
  defaultQuery?: string;
  /** Most people and most teams shown; clamped to 1..50. Default 20. */
  limit?: number;
  /** Searches this long after typing stops, ms. Default 150. */
  searchDelayMs?: number;
}

/**
 * Finds people and teams to chat with (`useDirectorySearch`) and opens the picked one: a
 * search field that controls a listbox of results (the ARIA combobox pattern: arrows move
 * through the results, Enter opens one, focus stays in the field), grouped into people and
 * teams, with the typed account offered as unchecked when the backend cannot look it up.
 * `NewChatButton` shows it in a popover; an app can place it in its own dialog.
 */
export function NewChatPicker({
  onStart,
  defaultQuery = '',
  limit,
  searchDelayMs,
}: NewChatPickerProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(defaultQuery);
  const search = useDirectorySearch(text, { limit, delayMs: searchDelayMs });
  const { users, teams, enteredAccount } = search;
  const options = useMemo(
    () => directoryOptions({ users, teams, enteredAccount }),
    [users, teams, enteredAccount],
  );
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const found = options.findIndex((o) => o.key === activeKey);
  const active = Math.max(found, 0);
  const optionId = (index: number) => `${id}-option-${index}`;
  const query = text.trim();

  useLayoutEffect(() => {
    if (options.length > 0)
      document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  });

  const pick = (option: DirectoryOption) => {
    try {
      onStart(search.startChat(option.target));
    } catch (error) {
      setStartError(`${t('newChat.startFailed')} (${toChatError(error).code})`);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = options.length;
    if (count === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveKey(options[(active + step + count) % count]?.key ?? null);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active];
      if (option) pick(option);
    }
  };

  const row = (option: DirectoryOption, index: number) => (
    <DirectoryOptionRow
      key={option.key}
      id={optionId(index)}
      option={option}
      active={index === active}
      onPick={pick}
      onHover={() => setActiveKey(option.key)}
    />
  );
  const group = (kind: 'user' | 'team', label: string) => {
    const members = options.flatMap((o, index) => (o.kind === kind ? [row(o, index)] : []));
    if (members.length === 0) return null;
    const labelId = `${id}-${kind}`;
    return (
      // biome-ignore lint/a11y/useSemanticElements: a listbox owns options and groups, not fieldsets
      <div {...part('new-chat-group')} role="group" aria-labelledby={labelId}>
        <div
          id={labelId}
          role="presentation"
          className="parley-new-chat-group-label"
          data-part="new-chat-group-label"
        >
          {label}
        </div>
        {members}
      </div>
    );
  };

  let state: 'idle' | 'loading' | 'error' | 'empty' | 'results' = 'results';
  if (query === '') state = 'idle';
  else if (search.error) state = 'error';
  else if (options.length === 0) state = search.loading ? 'loading' : 'empty';
  const announcement =
    state === 'empty'
      ? t('newChat.none', { query })
      : state === 'results' && !search.loading
        ? t('newChat.found', { count: options.length })
        : '';
  const listId = `${id}-results`;
  return (
    <div {...part('new-chat-picker')} data-state={state}>
      <input
        type="text"
        className="parley-new-chat-search"
        data-part="new-chat-search"
        role="combobox"
        aria-label={search.searchable ? t('newChat.search') : t('newChat.searchAccount')}
        aria-autocomplete="list"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-activedescendant={options.length > 0 ? optionId(active) : undefined}
        placeholder={search.searchable ? t('newChat.search') : t('newChat.searchAccount')}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.currentTarget.value);
          setActiveKey(null);
          setStartError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <div
        id={listId}
        {...part('new-chat-results')}
        role="listbox"
        aria-label={t('newChat.results')}
        aria-busy={search.loading || undefined}
        hidden={options.length === 0}
      >
        {group('user', t('newChat.people'))}
        {group('team', t('newChat.teams'))}
        {options.flatMap((o, index) => (o.kind === 'account' ? [row(o, index)] : []))}
      </div>
      {state === 'idle' ? (
        <p className="parley-new-chat-note" data-part="new-chat-note">
          {search.searchable ? t('newChat.hint') : t('newChat.hintAccount')}
        </p>
      ) : null}
      {state === 'loading' ? <Spinner size="sm" label={t('newChat.searching')} /> : null}
      {state === 'empty' ? (
        <p className="parley-new-chat-note" data-part="new-chat-note">
          {t('newChat.none', { query })}
        </p>
      ) : null}
      {state === 'error' ? (
        <div className="parley-new-chat-error" data-part="new-chat-error" role="alert">
          <span>{`${t('newChat.failed')} (${search.error?.code})`}</span>
          <RetryButton onRetry={search.retry} />
        </div>
      ) : null}
      {startError ? (
        <p className="parley-new-chat-error" data-part="new-chat-error" role="alert">
          {startError}
        </p>
      ) : null}
      <p className="parley-visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
