import type { KeyboardEvent } from 'react';

/** Where a text stands against the limit: far from it, within a tenth of it, or above it. */
export function limitState(
  length: number,
  max: number | undefined,
): { state: 'none' | 'near' | 'over'; count: number } {
  if (max === undefined) return { state: 'none', count: 0 };
  if (length > max) return { state: 'over', count: length - max };
  const left = max - length;
  return left <= Math.ceil(max / 10) ? { state: 'near', count: left } : { state: 'none', count: 0 };
}

/** Whether a key press belongs to an IME composition (an Enter that confirms a candidate). */
export function isComposing(
  event: KeyboardEvent<HTMLTextAreaElement>,
  composing: boolean,
): boolean {
  // Safari fires keydown(Enter) after compositionend with keyCode 229; the others report
  // isComposing. Any of the three means the Enter belongs to the IME.
  return composing || event.nativeEvent.isComposing || event.keyCode === 229;
}
