import { memo, useState } from 'react';
import { part } from '../internal/part.ts';
import { safeMediaUrl } from '../internal/safeUrl.ts';
import { colorIndex, initials } from './initials.ts';

/** Props of {@link Avatar}. */
export interface AvatarProps {
  /** Account or team id; picks the stable fallback color. */
  id: string;
  /** Display name; gives the initials and the accessible name. */
  name: string;
  /** Image URL (http(s), blob or data:image). Falls back to initials when absent or broken. */
  src?: string;
  /** Default `'md'`. */
  size?: 'sm' | 'md' | 'lg';
  /** Hide from screen readers when the name is shown next to it anyway. Default false. */
  decorative?: boolean;
}

/**
 * A person's or team's picture, or their initials on a color derived from the id when there is
 * no picture or it fails to load.
 */
export const Avatar = memo(function Avatar({
  id,
  name,
  src,
  size = 'md',
  decorative = false,
}: AvatarProps) {
  const url = safeMediaUrl(src);
  const [failed, setFailed] = useState<string | null>(null);
  const showImage = url !== null && failed !== url;
  const attrs = {
    ...part('avatar'),
    'data-size': size,
    'data-state': showImage ? 'image' : 'initials',
    'data-color': colorIndex(id),
  };
  const content = showImage ? (
    <img
      className="parley-avatar-image"
      data-part="avatar-image"
      src={url}
      alt=""
      loading="lazy"
      decoding="async"
      onError={() => setFailed(url)}
    />
  ) : (
    <span className="parley-avatar-initials" data-part="avatar-initials">
      {initials(name)}
    </span>
  );
  return decorative ? (
    <span {...attrs} aria-hidden>
      {content}
    </span>
  ) : (
    <span {...attrs} role="img" aria-label={name}>
      {content}
    </span>
  );
});
