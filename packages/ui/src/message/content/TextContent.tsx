import { MessageText } from '../MessageText.tsx';
import type { MessageRendererProps } from './MessageRenderers.ts';

/** Renders a text message: user text with safe links. */
export function TextContent({ message }: MessageRendererProps<'text'>) {
  return <MessageText text={message.body} />;
}
