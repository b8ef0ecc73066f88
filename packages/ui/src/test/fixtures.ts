import type { Message, MessageBase, ReactionSummary, ReplyRef, Session } from '@parley/core';
import { emptySession } from '@parley/core/rules';

/** A fixed "now" for stories and tests: 2024-03-05 15:30 local time. */
export const NOW = new Date(2024, 2, 5, 15, 30).getTime();

let seq = 0;

function base(overrides: Partial<MessageBase>): MessageBase {
  seq += 1;
  return {
    idClient: `m${seq}`,
    idServer: `s${seq}`,
    scene: 'p2p',
    sessionId: 'p2p-alice',
    from: 'alice',
    to: 'me',
    time: NOW - 60_000,
    status: 'unread',
    body: '',
    ...overrides,
  };
}

/** A text message from alice to me unless overridden. */
export function textMessage(body: string, overrides: Partial<MessageBase> = {}): Message<'text'> {
  return { ...base({ body, ...overrides }), type: 'text' };
}

export function imageMessage(overrides: Partial<MessageBase> = {}): Message<'image'> {
  return {
    ...base({ body: '', ...overrides }),
    type: 'image',
    attach: {
      url: 'https://picsum.photos/seed/parley/480/320',
      name: 'harbour.jpg',
      size: 182_000,
      mime: 'image/jpeg',
      width: 480,
      height: 320,
    },
  };
}

export function fileMessage(overrides: Partial<MessageBase> = {}): Message<'file'> {
  return {
    ...base(overrides),
    type: 'file',
    attach: {
      url: 'https://example.com/q3-report.pdf',
      name: 'q3-report.pdf',
      size: 2_621_440,
      mime: 'application/pdf',
    },
  };
}

export function audioMessage(overrides: Partial<MessageBase> = {}): Message<'audio'> {
  return {
    ...base(overrides),
    type: 'audio',
    attach: {
      url: 'https://example.com/voice.m4a',
      name: 'voice.m4a',
      size: 48_000,
      mime: 'audio/mp4',
      dur: 12_400,
    },
  };
}

export function videoMessage(overrides: Partial<MessageBase> = {}): Message<'video'> {
  return {
    ...base(overrides),
    type: 'video',
    attach: {
      url: 'https://example.com/clip.mp4',
      name: 'clip.mp4',
      size: 4_200_000,
      mime: 'video/mp4',
      dur: 65_000,
      width: 640,
      height: 360,
    },
  };
}

export function geoMessage(overrides: Partial<MessageBase> = {}): Message<'geo'> {
  return {
    ...base(overrides),
    type: 'geo',
    attach: { lat: 31.2304, lng: 121.4737, title: 'The Bund, Shanghai' },
  };
}

/** A session with alice whose last message is `lastMsg` (a text from alice by default). */
export function session(overrides: Partial<Session> = {}): Session {
  const lastMsg =
    overrides.lastMsg === undefined ? textMessage('See you at 5?') : overrides.lastMsg;
  return {
    ...emptySession('p2p', 'alice'),
    updateTime: lastMsg?.time ?? NOW,
    ...overrides,
    lastMsg,
  };
}

/** Display names used by stories and tests. */
export const NAMES: Readonly<Record<string, string>> = {
  me: 'Me',
  alice: 'Alice Chen',
  bob: 'Bob Li',
  carol: 'Carol Wang',
  dave: 'Dave',
};

export const getName = (account: string): string => NAMES[account] ?? account;

/** Reaction summaries (as `useReactions` returns them) for stories and tests. */
export function reactionSummaries(
  counts: Readonly<Record<string, readonly string[]>>,
  me = 'me',
): ReactionSummary[] {
  return Object.entries(counts).map(([key, accounts]) => ({
    key,
    count: accounts.length,
    mine: accounts.includes(me),
    accounts: [...accounts],
  }));
}

/** What a reply to `message` quotes. */
export function replyRefTo(message: Message): ReplyRef {
  return {
    idClient: message.idClient,
    idServer: message.idServer,
    from: message.from,
    type: message.type,
    body: message.body,
    time: message.time,
  };
}
