import type { GeoAttach } from '@parley/core';
import { useT } from '../../i18n/useT.ts';
import { ExternalLink } from '../../internal/ExternalLink.tsx';
import { MapPinIcon } from '../../internal/icons.tsx';
import { part } from '../../internal/part.ts';
import { safeLinkUrl } from '../../internal/safeUrl.ts';
import type { MessageRendererProps } from './MessageRenderers.ts';

/** Default map link of a location (OpenStreetMap, no API key needed). */
export function openStreetMapLink({ lat, lng }: GeoAttach): string {
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=16/${lat}/${lng}`;
}

/** A location: its title, coordinates and a link to a map. */
export function GeoContent({ attach, geoLink = openStreetMapLink }: MessageRendererProps<'geo'>) {
  const t = useT();
  const href = safeLinkUrl(geoLink(attach));
  const title = attach.title || `${attach.lat.toFixed(5)}, ${attach.lng.toFixed(5)}`;
  return (
    <div {...part('geo-content')}>
      <span className="parley-geo-pin" data-part="geo-pin" aria-hidden>
        <MapPinIcon />
      </span>
      <span className="parley-geo-meta" data-part="geo-meta">
        {href ? (
          <ExternalLink part="geo-title" href={href} aria-label={t('message.geo.open', { title })}>
            {title}
          </ExternalLink>
        ) : (
          <span className="parley-geo-title" data-part="geo-title">
            {title}
          </span>
        )}
        <span className="parley-geo-coords" data-part="geo-coords">
          {attach.lat.toFixed(5)}, {attach.lng.toFixed(5)}
        </span>
      </span>
    </div>
  );
}
