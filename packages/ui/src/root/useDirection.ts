import { useDirection as useRadixDirection } from '@radix-ui/react-direction';
import type { WritingDirection } from '../i18n/localeDirection.ts';

/**
 * The writing direction of the nearest `ParleyRoot` (its `dir` prop, the page's `dir`, or its
 * locale's), `ltr` outside one. For an app's own components that bind ArrowLeft/ArrowRight:
 * in `rtl`, ArrowLeft goes toward the end of the line and ArrowRight toward its start.
 */
export function useDirection(): WritingDirection {
  return useRadixDirection();
}
