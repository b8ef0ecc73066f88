import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';
import { part } from '../internal/part.ts';
import { RetryButton } from '../internal/RetryButton.tsx';
import { Spinner } from '../spinner/Spinner.tsx';

/** What the list shows instead of rows. */
export type ListPlaceholder =
  | { kind: 'loading' }
  /** `action`: what the user can do about it (start a session). */
  | { kind: 'empty'; query: string; action?: ReactNode }
  | { kind: 'error'; title: 'offline' | 'connectFailed' | 'loadFailed'; onRetry: () => void };

const SKELETON_ROWS = [0, 1, 2, 3, 4, 5];

/**
 * The list's loading (skeleton rows and an announced spinner), empty (or "no matches") and
 * error (with a retry) states.
 */
export function SessionListState({ state }: { state: ListPlaceholder }) {
  const t = useT();
  if (state.kind === 'loading') {
    return (
      <div {...part('session-list-state')} data-state="loading" aria-busy>
        <Spinner size="sm" label={t('list.loading')} />
        <div className="parley-skeleton-rows" data-part="skeleton-rows" aria-hidden>
          {SKELETON_ROWS.map((row) => (
            <div key={row} className="parley-skeleton-row" data-part="skeleton-row">
              <span className="parley-skeleton-avatar" />
              <span className="parley-skeleton-lines">
                <span className="parley-skeleton-line" />
                <span className="parley-skeleton-line" data-size="short" />
              </span>
            </div>
          ))}
        </div>
      </div>
    );
  }
  if (state.kind === 'empty') {
    return (
      <div {...part('session-list-state')} data-state="empty">
        <p className="parley-state-title" data-part="state-title" role="status">
          {state.query ? t('list.noMatches', { query: state.query }) : t('list.empty')}
        </p>
        {state.query ? null : (
          <p className="parley-state-hint" data-part="state-hint">
            {t('list.emptyHint')}
          </p>
        )}
        {state.action}
      </div>
    );
  }
  return (
    <div {...part('session-list-state')} data-state="error" role="alert">
      <p className="parley-state-title" data-part="state-title">
        {t(`list.${state.title}`)}
      </p>
      <RetryButton onRetry={state.onRetry} />
    </div>
  );
}
