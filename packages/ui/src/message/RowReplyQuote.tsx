import type { ReplyRef } from '@parley/core';
import { useReplyTarget } from '@parley/react';
import { useT } from '../i18n/useT.ts';
import { ReplyQuote } from '../reply/ReplyQuote.tsx';
import type { MessageRowShared } from './MessageRowShared.ts';

/** A row's `ReplyQuote`, following what became of the original in the store. */
export function RowReplyQuote({ reply, shared }: { reply: ReplyRef; shared: MessageRowShared }) {
  const t = useT();
  const { state } = useReplyTarget(shared.sessionId, reply);
  const { jumpTo } = shared;
  return (
    <ReplyQuote
      reply={reply}
      state={state}
      senderName={reply.from === shared.me ? t('common.you') : shared.getName(reply.from)}
      onJump={jumpTo ? () => jumpTo(reply) : undefined}
    />
  );
}
