import {
  generateFixtures,
  type LocalServer,
  type StoredMessage,
  type TeamRecord,
} from '@parley/adapter-local';
import type { Chat, UserProfile } from '@parley/react';
import type { LocalChatProps } from './LocalChat.tsx';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const PEOPLE: Array<[account: string, nick: string]> = [
  ['alice', 'Alice Chen'],
  ['bob', 'Bob Li'],
  ['carol', 'Carol Wang'],
  ['dave', 'Dave Kim'],
  ['erin', 'Erin Novak'],
  ['frank', 'Frank Osei'],
  ['grace', 'Grace Hopper'],
  ['heidi', 'Heidi Müller'],
  ['ivan', 'Ivan Petrov'],
  ['judy', 'Judy Alvarez'],
  ['wangfang', '王芳'],
  ['lihua', '李华'],
  ['zhangwei', '张伟'],
  ['mallory', 'Mallory'],
  ['niaj', 'Niaj Okafor'],
  ['olivia', 'Olivia Brown'],
  ['peggy', 'Peggy Sue'],
  ['rupert', 'Rupert Giles'],
  ['sybil', 'Sybil Trelawney'],
  ['trent', 'Trent Reznor'],
  ['victor', 'Victor Hugo'],
  ['walter', 'Walter White'],
];

const TEAMS: Array<[id: string, name: string]> = [
  ['design', 'Design team'],
  ['launch', 'Launch 🚀'],
  ['family', '家人群'],
  ['book', 'Book club'],
];

const LINES = [
  'See you at noon?',
  'Pushed the new icons to the branch',
  'Thanks! That works for me.',
  'Can you review my PR when you have a minute?',
  '好的，明天见',
  'The build is green again 🎉',
  'Lunch?',
  'I will send the slides tonight',
  'Where did we land on the pricing page?',
  'ok',
  '收到',
  'Running 5 minutes late, sorry',
];

function text(
  n: number,
  from: string,
  to: string,
  scene: 'p2p' | 'team',
  time: number,
  body: string,
): StoredMessage {
  const sessionId = scene === 'p2p' ? `p2p-${from === 'me' ? to : from}` : `team-${to}`;
  return {
    idClient: `demo-${n}`,
    idServer: `demo-s-${n}`,
    scene,
    sessionId,
    from,
    to,
    time,
    status: 'sent',
    type: 'text',
    body,
  };
}

/**
 * A lively list for stories: p2p and team sessions over the last weeks, some unread,
 * written by peers and by `me`. Pair with {@link decorateSessions} once connected.
 */
export async function seedSessions(server: LocalServer, now = Date.now()): Promise<void> {
  const users: UserProfile[] = [
    { account: 'me', nick: 'Me' },
    ...PEOPLE.map(([account, nick]) => ({ account, nick })),
  ];
  const teams: TeamRecord[] = TEAMS.map(([teamId, name], t) => ({
    team: { teamId, scene: 'team', name, owner: 'me', memberCount: 5 },
    members: ['me', 'alice', 'bob', 'carol', PEOPLE[4 + t]?.[0] ?? 'dave'].map((account, i) => ({
      account,
      role: i === 0 ? ('owner' as const) : ('normal' as const),
      joinTime: now - 60 * DAY,
    })),
  }));
  const messages: StoredMessage[] = [];
  // Older sessions first: the list shows the newest at the top.
  const threads: Array<{ to: string; scene: 'p2p' | 'team'; members: string[] }> = [
    ...PEOPLE.map(([account]) => ({ to: account, scene: 'p2p' as const, members: [account] })),
    ...TEAMS.map(([teamId]) => ({ to: teamId, scene: 'team' as const, members: ['bob', 'carol'] })),
  ];
  const ages = [30 * DAY, 9 * DAY, 4 * DAY, 2 * DAY, 1.2 * DAY, 5 * HOUR, 2 * HOUR, 0.3 * HOUR];
  threads.forEach((thread, i) => {
    const age = ages[Math.floor((i / threads.length) * ages.length)] ?? HOUR;
    const start = now - age - (threads.length - i) * 60_000;
    const count = 1 + (i % 5);
    for (let k = 0; k < count; k++) {
      const mine = (i + k) % 4 === 0;
      const sender = mine ? 'me' : (thread.members[k % thread.members.length] ?? thread.to);
      const to = thread.scene === 'team' ? thread.to : mine ? thread.to : 'me';
      const body = LINES[(i * 3 + k) % LINES.length] ?? 'hi';
      messages.push(text(messages.length, sender, to, thread.scene, start + k * 1000, body));
    }
  });
  await server.importBulk({ users, teams, messages });
}

/** Pins, mutes, drafts and read marks that make the seeded list show every row state. */
export async function decorateSessions(chat: Chat): Promise<void> {
  await chat.pin('team-design');
  await chat.pin('p2p-alice');
  await chat.setMute('team-family', true);
  await chat.setMute('p2p-mallory', true);
  chat.setDraft('p2p-carol', 'Let me check and get back to you');
  await chat.markSessionRead('p2p-bob');
}

/** One session with a very long name and preview and a huge unread count. */
export async function seedLongContent(server: LocalServer, now = Date.now()): Promise<void> {
  const long = 'Wolfeschlegelsteinhausenbergerdorff '.repeat(4).trim();
  const users: UserProfile[] = [
    { account: 'me', nick: 'Me' },
    { account: 'long', nick: long },
    { account: 'cjk', nick: '一个名字非常非常非常非常非常非常非常非常非常长的联系人' },
    { account: 'nospace', nick: 'x'.repeat(120) },
  ];
  const messages: StoredMessage[] = [];
  for (let i = 0; i < 1_250; i++) {
    messages.push(text(i, 'long', 'me', 'p2p', now - 2 * DAY + i, `Message ${i} `.repeat(40)));
  }
  messages.push(text(messages.length, 'cjk', 'me', 'p2p', now - HOUR, '很长的消息'.repeat(60)));
  messages.push(text(messages.length, 'nospace', 'me', 'p2p', now - 5 * 60_000, 'y'.repeat(2_000)));
  await server.importBulk({ users, messages });
}

/** A `LocalChat` backend for a story: its `setup`, `after` and `connection`. */
export type StoryBackend = Omit<LocalChatProps, 'children'>;

/** The lively list: {@link seedSessions}, then {@link decorateSessions} once connected. */
export const livelyBackend: StoryBackend = {
  setup: (server) => seedSessions(server),
  after: (chat) => decorateSessions(chat),
};

/** Very long names and previews and a huge unread count ({@link seedLongContent}). */
export const longContentBackend: StoryBackend = { setup: (server) => seedLongContent(server) };

/** 10,000 sessions with one message each, for paging while scrolling. */
export const tenThousandBackend: StoryBackend = {
  setup: async (server) => {
    await generateFixtures(server, { sessions: 10_000, messagesPerSession: 1, teams: 20 });
  },
};
