import type { ReactNode } from 'react';

/** Stories' frame: a phone-sized column so the pane has a height to scroll in. */
export function PaneFrame({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        display: 'flex',
        flexDirection: 'column',
        height: 'min(700px, calc(100vh - 32px))',
        maxWidth: 480,
        border: '1px solid var(--parley-color-border)',
        borderRadius: 8,
        overflow: 'hidden',
      }}
    >
      {children}
    </div>
  );
}
