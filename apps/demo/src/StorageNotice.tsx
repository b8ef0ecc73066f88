import type { ChatErrorInfo } from '@parley/react';
import { useId, useState } from 'react';

/** Props of {@link StorageNotice}. */
export interface StorageNoticeProps {
  /** What could not be read when the backend opened (`LocalServer.storageErrors`). */
  errors: readonly ChatErrorInfo[];
  /** Deletes the stored data and starts afresh. */
  onReset: () => void;
}

/**
 * Tells the user that some saved data could not be read: the embedded backend skipped those
 * records (or rebuilt a team from its messages) and loaded the rest.
 */
export function StorageNotice({ errors, onReset }: StorageNoticeProps) {
  const [dismissed, setDismissed] = useState(false);
  const id = useId();
  if (errors.length === 0 || dismissed) return null;
  const records = errors.length === 1 ? '1 saved record' : `${errors.length} saved records`;
  return (
    <section className="demo-notice" role="status" aria-labelledby={id}>
      <p id={id}>{records} could not be read; everything else loaded.</p>
      <details>
        <summary>Details</summary>
        <ul>
          {errors.map((error, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list never changes once shown
            <li key={i}>
              <code>{error.code}</code> {error.message}
            </li>
          ))}
        </ul>
      </details>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
      <button type="button" onClick={onReset}>
        Reset data
      </button>
    </section>
  );
}
