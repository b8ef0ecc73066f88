import { useT } from '../../i18n/useT.ts';
import { part } from '../../internal/part.ts';
import type { FallbackRendererProps } from './MessageRenderers.ts';

/**
 * Shown instead of a message this UI cannot render (unknown type, malformed attachment, or a
 * renderer that threw): a neutral notice, plus the message's own text description if any.
 */
export function FallbackContent({ message, reason }: FallbackRendererProps) {
  const t = useT();
  const body =
    typeof message === 'object' &&
    message !== null &&
    'body' in message &&
    typeof message.body === 'string'
      ? message.body
      : '';
  return (
    <span {...part('fallback-content')} data-state={reason}>
      <span className="parley-fallback-notice" data-part="fallback-notice">
        {t(reason === 'unsupported' ? 'message.unsupported' : 'message.malformed')}
      </span>
      {body ? (
        <span className="parley-fallback-body" data-part="fallback-body" dir="auto">
          {body}
        </span>
      ) : null}
    </span>
  );
}
