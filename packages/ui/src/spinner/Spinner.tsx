import { part } from '../internal/part.ts';

/** Props of {@link Spinner}. */
export interface SpinnerProps {
  /** Accessible label; without one the spinner is decorative (hidden from screen readers). */
  label?: string;
  /** Default `'md'`. */
  size?: 'sm' | 'md' | 'lg';
}

/**
 * An indeterminate activity indicator. With a label it is a `status` so screen readers announce
 * it; the animation stops under `prefers-reduced-motion`.
 */
export function Spinner({ label, size = 'md' }: SpinnerProps) {
  const ring = <span className="parley-spinner-ring" data-part="spinner-ring" />;
  return label ? (
    <span {...part('spinner')} data-size={size} role="status" aria-label={label}>
      {ring}
    </span>
  ) : (
    <span {...part('spinner')} data-size={size} aria-hidden>
      {ring}
    </span>
  );
}
