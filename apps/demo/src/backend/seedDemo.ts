import {
  createRandom,
  type ImportData,
  type ImportMessage,
  type ImportSession,
  type ImportTeam,
  type StoredMessage,
} from '@parley/adapter-local';
import type { UserProfile } from '@parley/react';
import { CONVERSATIONS, FIRST_NAMES, LAST_NAMES, TEAM_NAMES } from './people.ts';

/** The signed-in user of the demo. */
export const ME = 'alex';
/** The contact the side-by-side view signs in as. */
export const FRIEND = 'sam';
/** A contact with a long history: a reply at its end quotes a message far back. */
export const ARCHIVIST = 'jo';
/** Messages of the long history with `ARCHIVIST`. */
const LONG_THREAD = 2_100;
/** How far back the reply at the end of the long history quotes (messages). */
export const QUOTED_BACK = 2_000;

const CONTACTS = 200;
const SEED = 2026;
/** Conversations that start with unread messages, so the badges have something to show. */
const LEAVE_UNREAD = 6;

/** Everyone the demo knows, `ME` and `FRIEND` first. */
export function demoUsers(): UserProfile[] {
  const random = createRandom(SEED);
  const users: UserProfile[] = [
    { account: ME, nick: 'Alex Rivera' },
    { account: FRIEND, nick: 'Sam Lee' },
  ];
  for (let i = 0; users.length < CONTACTS + 2; i++) {
    const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)] ?? 'Kim';
    const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)] ?? 'Lee';
    users.push({ account: `user${i}`, nick: `${first} ${last}` });
  }
  users.push({ account: ARCHIVIST, nick: 'Jo Park' });
  return users;
}

/**
 * A realistic starting point: ~200 contacts, a dozen teams, a few days of conversations.
 * Alex has read all but the newest few, as after a previous visit, and Sam has read Alex's
 * messages, so the demo opens with unread badges and read receipts to show.
 */
export function demoData(now: number): ImportData {
  const random = createRandom(SEED + 1);
  const users = demoUsers();
  const messages: ImportMessage[] = [];
  const push = (from: string, to: string, scene: 'p2p' | 'team', body: string) => {
    messages.push({ idClient: `seed-${messages.length}`, scene, from, to, time: 0, body });
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const teams: ImportTeam[] = TEAM_NAMES.map((name, t) => {
    const members = [ME, FRIEND, ...users.slice(2 + t * 5, 2 + t * 5 + 6).map((u) => u.account)];
    return { teamId: `t${100 + t}`, name, owner: members[t % 3] ?? ME, members };
  });

  // Interleave p2p exchanges with the most active contacts and team chatter.
  const active = users.slice(1, 60);
  for (let round = 0; round < 70; round++) {
    const peer = pick(active).account;
    const lines = pick(CONVERSATIONS);
    const meFirst = random() < 0.5;
    lines.forEach((line, i) => {
      const fromMe = (i % 2 === 0) === meFirst;
      push(fromMe ? ME : peer, fromMe ? peer : ME, 'p2p', line);
    });
    if (round % 3 === 0) {
      const team = pick(teams);
      const lines2 = pick(CONVERSATIONS);
      for (const line of lines2) {
        push(pick(team.members), team.teamId, 'team', line);
      }
    }
  }
  // A long thread with the friend, so history paging has something to page.
  for (let i = 0; i < 240; i++) {
    const lines = CONVERSATIONS[i % CONVERSATIONS.length] ?? [];
    const line = lines[i % lines.length] ?? 'ok';
    push(i % 2 === 0 ? FRIEND : ME, i % 2 === 0 ? ME : FRIEND, 'p2p', line);
  }
  // Spread the history over the last five days, oldest first, ending a minute ago.
  const span = 5 * 24 * 3600_000;
  const step = span / messages.length;
  const start = now - 60_000 - span;
  messages.forEach((message, i) => {
    message.time = Math.round(start + i * step + random() * step * 0.5);
  });
  messages.push(...longThread(now));
  return { users, teams, messages, sessions: readState(messages) };
}

/** A month-old history with Jo, a message every ten minutes, all read. */
function longThread(now: number): ImportMessage[] {
  const start = now - 40 * 24 * 3600_000;
  return Array.from({ length: LONG_THREAD }, (_, i) => {
    const lines = CONVERSATIONS[i % CONVERSATIONS.length] ?? [];
    const fromJo = i % 2 === 0;
    return {
      idClient: `seed-jo-${i}`,
      from: fromJo ? ARCHIVIST : ME,
      to: fromJo ? ME : ARCHIVIST,
      time: start + i * 600_000,
      body: `${lines[i % lines.length] ?? 'ok'} (#${i + 1})`,
    };
  });
}

/** A text reply stored as the server keeps it, in the sender's view of the session. */
function storedReply(
  idClient: string,
  from: string,
  to: string,
  time: number,
  body: string,
  original: ImportMessage,
): StoredMessage {
  return {
    idClient,
    idServer: `${idClient}-srv`,
    scene: 'p2p',
    sessionId: `p2p-${to}`,
    from,
    to,
    time,
    status: 'sent',
    type: 'text',
    body,
    replyTo: {
      idClient: original.idClient ?? '',
      idServer: '',
      from: original.from,
      type: 'text',
      body: original.body,
      time: original.time,
    },
  };
}

/** Between two messages of a thread: nothing moves in the list and nothing turns unread. */
const between = (a: ImportMessage, b: ImportMessage) => Math.round((a.time + b.time) / 2);

/**
 * What the import format does not carry: replies and reactions. Alex's reply to Sam, with
 * reactions from both, sits among the newest of their thread, and Jo's history ends in a
 * reply to a message {@link QUOTED_BACK} messages back.
 */
export function demoInteractions(data: ImportData): StoredMessage[] {
  const p2p = (a: string, b: string) =>
    (data.messages ?? []).filter(
      (m) => m.scene !== 'team' && ((m.from === a && m.to === b) || (m.from === b && m.to === a)),
    );
  const out: StoredMessage[] = [];
  const friend = p2p(ME, FRIEND);
  const [original, before, after] = [friend.at(-6), friend.at(-3), friend.at(-2)];
  if (original && before && after) {
    const time = between(before, after);
    const reply = storedReply(
      'seed-reply-sam',
      ME,
      FRIEND,
      time,
      'Agreed, let’s do that',
      original,
    );
    reply.reactions = {
      '❤️': { [FRIEND]: { on: true, time: time + 1 } },
      '👍': { [FRIEND]: { on: true, time: time + 2 }, [ME]: { on: true, time: time + 3 } },
    };
    out.push(reply);
  }
  const jo = p2p(ME, ARCHIVIST);
  const [far, last, newest] = [jo.at(-1 - QUOTED_BACK), jo.at(-2), jo.at(-1)];
  if (far && last && newest) {
    const body = 'Found it: this is what I meant back then';
    out.push(storedReply('seed-reply-jo', ARCHIVIST, ME, between(last, newest), body, far));
  }
  return out;
}

function readState(messages: readonly ImportMessage[]): ImportSession[] {
  const newest = new Map<string, number>();
  let fromMeToFriend = 0;
  for (const m of messages) {
    if (m.from !== ME && m.to !== ME && m.scene === 'p2p') continue;
    const id = m.scene === 'team' ? `team-${m.to}` : `p2p-${m.from === ME ? m.to : m.from}`;
    newest.set(id, Math.max(newest.get(id) ?? 0, m.time));
    if (m.from === ME && m.to === FRIEND) fromMeToFriend = Math.max(fromMeToFriend, m.time);
  }
  const byNewest = [...newest].sort((a, b) => b[1] - a[1]);
  return [
    ...byNewest.slice(LEAVE_UNREAD).map(([id]) => ({ account: ME, id, unread: 0 })),
    { account: FRIEND, id: `p2p-${ME}`, unread: 0 },
    { account: ME, id: `p2p-${FRIEND}`, msgReceiptTime: fromMeToFriend },
  ];
}
