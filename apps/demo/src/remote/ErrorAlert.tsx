import type { ChatErrorInfo } from '@parley/react';

/** A ChatError shown to the user: its stable code, then its message. */
export function ErrorAlert({ error }: { error: ChatErrorInfo | null }) {
  // The live region stays mounted so screen readers announce an error that appears in it.
  return (
    <p className="demo-remote-error" role="alert">
      {error ? (
        <>
          <code>{error.code}</code> {error.message}
        </>
      ) : null}
    </p>
  );
}
