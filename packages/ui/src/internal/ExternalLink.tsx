import type { AnchorHTMLAttributes } from 'react';
import { part } from './part.ts';

/** Props of {@link ExternalLink}: an anchor's, and the part it is (its class and `data-part`). */
export interface ExternalLinkProps
  extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'className' | 'target' | 'rel'> {
  part: string;
}

/**
 * A link that leaves the app: a new tab that gets neither the opener nor the referrer. Its
 * `href` must already be safe (`safeLinkUrl`, or a URL the backend gave for a file).
 */
export function ExternalLink({ part: name, ...props }: ExternalLinkProps) {
  return <a {...part(name)} target="_blank" rel="noopener noreferrer" {...props} />;
}
