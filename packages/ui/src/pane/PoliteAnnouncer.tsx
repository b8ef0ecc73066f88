import { type RefObject, useLayoutEffect, useState } from 'react';

/** Sets the text of a {@link PoliteAnnouncer}. */
export type Announce = (text: string) => void;

/**
 * A polite live region whose text is set through `announceRef`, so an announcement (one per
 * incoming message) re-renders this element only, never the list around it.
 */
export function PoliteAnnouncer({ announceRef }: { announceRef: RefObject<Announce | null> }) {
  const [text, setText] = useState('');
  useLayoutEffect(() => {
    announceRef.current = setText;
    return () => {
      announceRef.current = null;
    };
  }, [announceRef]);
  return (
    <div className="parley-visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}
