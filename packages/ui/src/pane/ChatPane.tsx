import type { ReactNode } from 'react';
import type { MessageRendererOverrides } from '../message/content/MessageRenderers.ts';

/** Props of {@link ChatPane}. */
export interface ChatPaneProps {
  /** The open session. */
  sessionId: string;
  /** Shows a back button in the header (narrow layouts). */
  onBack?: () => void;
  /** Overrides of the message renderers. */
  renderers?: MessageRendererOverrides;
}

/** The chat pane: header, message list and input of one session. (Work in progress.) */
export function ChatPane({ sessionId }: ChatPaneProps): ReactNode {
  return <section data-part="chat-pane" data-session={sessionId} />;
}
