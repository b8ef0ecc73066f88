import type { Message, ReplyRef, SendRequest } from '@parley/core';
import { replyRefOf } from '@parley/core/rules';
import type {
  IMMessage,
  TMsgThreadMsgInfo,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/MsgServiceInterface.js';
import type { NimMsgExtendService } from './NimInstance.ts';
import type { NimMessageCache } from './NimMessageCache.ts';
import { nimCall } from './nimErrors.ts';
import { toMessage } from './toMessage.ts';

/** The original a message replies to, as the server names it (`threadMessageInfo`). */
type ReplyLink = TMsgThreadMsgInfo & { replyMsgIdClient: string; scene: IMMessage['scene'] };

/** What a message replies to, when it is a reply. */
export function replyLink(im: IMMessage): ReplyLink | undefined {
  const link = im?.threadMessageInfo;
  return typeof link?.replyMsgIdClient === 'string' && link.replyMsgIdClient !== ''
    ? { ...link, replyMsgIdClient: link.replyMsgIdClient, scene: im.scene }
    : undefined;
}

/**
 * A quote of an original nobody could find (recalled, deleted, or not reachable): its ids, sender
 * and time from the link, with no preview. The UI says what it knows of the original.
 */
function bareRef(link: ReplyLink): ReplyRef {
  return {
    idClient: link.replyMsgIdClient,
    idServer: link.replyMsgIdServer ?? '',
    from: link.replyMsgFromAccount ?? '',
    type: 'text',
    body: '',
    time: Number(link.replyMsgTime) || 0,
  };
}

/**
 * The quotes of NetEase replies. The server keeps only links (`threadMessageInfo`: the
 * original's ids, sender and time), so the snapshot a quote shows is read from the original, as
 * NetEase's own UIKit does: from this device's copy, else from the server
 * (`msgExtend.getMsgsByIdServer`, one call for a page).
 */
export class NimReplies {
  constructor(
    private readonly cache: NimMessageCache,
    private readonly msgExtend: NimMsgExtendService,
    private readonly me: () => string,
  ) {}

  /** The messages with `replyTo` filled in, in the same order; `ims` holds the replies' SDK copies. */
  async attach(
    messages: readonly Message[],
    ims: ReadonlyMap<string, IMMessage>,
  ): Promise<Message[]> {
    const links = new Map<string, ReplyLink>();
    for (const message of messages) {
      const im = ims.get(message.idClient);
      const link = im ? replyLink(im) : undefined;
      if (link && !message.replyTo) links.set(message.idClient, link);
    }
    if (links.size === 0) return [...messages];
    await this.fetchMissing([...links.values()]);
    return messages.map((message) => {
      const link = links.get(message.idClient);
      return link ? { ...message, replyTo: this.refOf(link) } : message;
    });
  }

  /**
   * The SDK message to send as `replyMsg` for a reply to `ref`: this device's copy of the
   * original when it has one (it carries the thread's root), else one rebuilt from the quote.
   */
  replyMsg(ref: ReplyRef, request: SendRequest): IMMessage {
    const cached = this.cache.get(ref.idClient);
    if (cached) return cached;
    const me = this.me();
    const to = request.scene === 'p2p' ? (ref.from === me ? request.to : me) : request.to;
    return {
      flow: ref.from === me ? 'out' : 'in',
      target: request.to,
      sessionId: `${request.scene}-${request.to}`,
      status: 'sent',
      scene: request.scene,
      to,
      from: ref.from,
      time: ref.time,
      userUpdateTime: ref.time,
      type: ref.type,
      body: ref.body,
      idClient: ref.idClient,
      idServer: ref.idServer,
      feature: 'default',
    };
  }

  private refOf(link: ReplyLink): ReplyRef {
    const original = this.cache.get(link.replyMsgIdClient);
    const message = original ? toMessage(original, this.me()) : null;
    return message ? replyRefOf(message) : bareRef(link);
  }

  /** Reads the originals this device has no copy of; a failed lookup leaves bare quotes. */
  private async fetchMissing(links: ReplyLink[]) {
    const reqMsgs = links
      .filter((l) => !this.cache.get(l.replyMsgIdClient) && l.replyMsgIdServer)
      .map((l) => ({
        scene: l.scene,
        from: l.replyMsgFromAccount ?? '',
        to: l.replyMsgToAccount ?? '',
        idServer: l.replyMsgIdServer ?? '',
        time: Number(l.replyMsgTime) || 0,
      }));
    if (reqMsgs.length === 0) return;
    try {
      const found = await nimCall('other', () => this.msgExtend.getMsgsByIdServer({ reqMsgs }));
      for (const im of Array.isArray(found) ? found : []) {
        if (typeof im?.idClient === 'string') this.cache.put(im);
      }
    } catch {
      // The quote then shows what the link says; the reply itself is never held back.
    }
  }
}
