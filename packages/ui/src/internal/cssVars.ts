import type { CSSProperties } from 'react';

/** Inline custom properties (React's CSSProperties has no index for `--*`). */
export function cssVars(
  vars: Readonly<Record<`--parley-${string}`, string | number>>,
): CSSProperties {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(vars)) style[name] = String(value);
  return style;
}
