import {
  createRandom,
  type ImportData,
  type ImportMessage,
  type ImportSession,
  type ImportTeam,
} from '@parley/adapter-local';
import type { UserProfile } from '@parley/react';
import { CONVERSATIONS, FIRST_NAMES, LAST_NAMES, TEAM_NAMES } from './people.ts';

/** The signed-in user of the demo. */
export const ME = 'alex';
/** The contact the side-by-side view signs in as. */
export const FRIEND = 'sam';

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
  return { users, teams, messages, sessions: readState(messages) };
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
