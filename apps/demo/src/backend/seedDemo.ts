import {
  type BulkData,
  createRandom,
  type StoredMessage,
  type TeamRecord,
} from '@parley/adapter-local';
import type { UserProfile } from '@parley/react';
import { CONVERSATIONS, FIRST_NAMES, LAST_NAMES, TEAM_NAMES } from './people.ts';

/** The signed-in user of the demo. */
export const ME = 'alex';
/** The contact the side-by-side view signs in as. */
export const FRIEND = 'sam';

const CONTACTS = 200;
const SEED = 2026;

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
 * A realistic starting point: ~200 contacts, a dozen teams, a few days of conversations,
 * some unread, all in one bulk import (no events).
 */
export function demoData(now: number): BulkData {
  const random = createRandom(SEED + 1);
  const users = demoUsers();
  const messages: StoredMessage[] = [];
  const push = (from: string, to: string, scene: 'p2p' | 'team', body: string) => {
    const n = messages.length;
    messages.push({
      idClient: `seed-${n}`,
      idServer: `seed-s-${n}`,
      scene,
      sessionId: scene === 'p2p' ? `p2p-${from === ME ? to : from}` : `team-${to}`,
      from,
      to,
      time: 0,
      status: 'sent',
      type: 'text',
      body,
    });
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

  const teams: TeamRecord[] = TEAM_NAMES.map((name, t) => {
    const members = [ME, FRIEND, ...users.slice(2 + t * 5, 2 + t * 5 + 6).map((u) => u.account)];
    return {
      team: {
        teamId: `t${100 + t}`,
        scene: 'team',
        name,
        owner: members[t % 3] ?? ME,
        memberCount: members.length,
      },
      members: members.map((account, i) => ({
        account,
        role: i === 0 ? 'owner' : 'normal',
        joinTime: now - 30 * 24 * 3600_000,
      })),
    };
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
        const member = pick(team.members).account;
        push(member, team.team.teamId, 'team', line);
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
  return { users, teams, messages };
}
