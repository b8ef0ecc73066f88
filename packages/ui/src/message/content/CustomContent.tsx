import { useT } from '../../i18n/useT.ts';
import { part } from '../../internal/part.ts';
import { MessageText } from '../MessageText.tsx';
import type { MessageRendererProps } from './MessageRenderers.ts';

/**
 * Custom messages whose `kind` has no registered renderer: the message's text description if it
 * has one, otherwise a neutral "[Message]".
 */
export function CustomContent({ message }: MessageRendererProps<'custom'>) {
  const t = useT();
  return (
    <span {...part('custom-content')} data-kind={message.attach?.kind}>
      {message.body ? <MessageText text={message.body} /> : t('message.preview.custom')}
    </span>
  );
}
