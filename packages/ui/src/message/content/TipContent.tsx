import { part } from '../../internal/part.ts';
import type { MessageRendererProps } from './MessageRenderers.ts';

/** A tip: a short system line centered in the session, rendered as text. */
export function TipContent({ message }: MessageRendererProps<'tip'>) {
  return (
    <span {...part('tip-content')} dir="auto">
      {typeof message.body === 'string' ? message.body : ''}
    </span>
  );
}
