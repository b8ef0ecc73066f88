import type { Message } from '@parley/core';
import { type ErrorInfo, memo, type ReactNode } from 'react';
import { part } from '../../internal/part.ts';
import {
  isAudioAttach,
  isCustomAttach,
  isFileAttach,
  isGeoAttach,
  isImageAttach,
  isNotificationAttach,
  isVideoAttach,
} from './attachGuards.ts';
import { ContentErrorBoundary } from './ContentErrorBoundary.tsx';
import { defaultMessageRenderers } from './createMessageRenderers.ts';
import type { MessageRendererBaseProps, MessageRenderers } from './MessageRenderers.ts';

/** Props of {@link MessageContent}. */
export interface MessageContentProps extends MessageRendererBaseProps {
  message: Message;
  /** Renderer registry from `createMessageRenderers`. Default: the built-in renderers. */
  renderers?: MessageRenderers;
  /** Called when a renderer throws (the fallback is shown instead). */
  onRenderError?: (error: unknown, info: ErrorInfo) => void;
}

function renderContent(
  message: Message,
  r: MessageRenderers,
  base: MessageRendererBaseProps,
): ReactNode {
  if (typeof message !== 'object' || message === null) {
    return <r.fallback message={message} reason="malformed" />;
  }
  if (message.recall) return <r.recalled {...base} message={message} />;
  const malformed = <r.fallback message={message} reason="malformed" />;
  switch (message.type) {
    case 'text':
      return <r.text {...base} message={message} attach={undefined} />;
    case 'tip':
      return <r.tip {...base} message={message} attach={undefined} />;
    case 'image':
      return isImageAttach(message.attach) ? (
        <r.image {...base} message={message} attach={message.attach} />
      ) : (
        malformed
      );
    case 'audio':
      return isAudioAttach(message.attach) ? (
        <r.audio {...base} message={message} attach={message.attach} />
      ) : (
        malformed
      );
    case 'video':
      return isVideoAttach(message.attach) ? (
        <r.video {...base} message={message} attach={message.attach} />
      ) : (
        malformed
      );
    case 'file':
      return isFileAttach(message.attach) ? (
        <r.file {...base} message={message} attach={message.attach} />
      ) : (
        malformed
      );
    case 'geo':
      return isGeoAttach(message.attach) ? (
        <r.geo {...base} message={message} attach={message.attach} />
      ) : (
        malformed
      );
    case 'notification':
      return isNotificationAttach(message.attach) ? (
        <r.notification {...base} message={message} attach={message.attach} />
      ) : (
        malformed
      );
    case 'custom': {
      if (!isCustomAttach(message.attach)) return malformed;
      const Kind = Object.hasOwn(r.customKinds, message.attach.kind)
        ? r.customKinds[message.attach.kind]
        : undefined;
      return Kind ? (
        <Kind {...base} message={message} data={message.attach.data} />
      ) : (
        <r.custom {...base} message={message} attach={message.attach} />
      );
    }
    default:
      // A type newer than this UI (or garbage from a backend): never crash.
      return <r.fallback message={message} reason="unsupported" />;
  }
}

/**
 * Renders a message's content with the renderer registered for its type: recalled notices,
 * custom kinds from the registry, and a safe fallback for unknown types, malformed attachments
 * or renderers that throw.
 */
export const MessageContent = memo(function MessageContent({
  message,
  renderers = defaultMessageRenderers,
  onRenderError,
  ...base
}: MessageContentProps) {
  const type = typeof message === 'object' && message !== null ? message.type : undefined;
  return (
    <div {...part('message-content')} data-type={message?.recall ? 'recalled' : type}>
      <ContentErrorBoundary
        resetKey={message}
        onError={onRenderError}
        fallback={<renderers.fallback message={message} reason="malformed" />}
      >
        {renderContent(message, renderers, base)}
      </ContentErrorBoundary>
    </div>
  );
});
