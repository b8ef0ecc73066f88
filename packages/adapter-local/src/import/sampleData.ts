import type { ImportData, ImportMessage } from './ImportData.ts';

const MINUTE = 60_000;

/** People the sample talks with; the first three that are not the signed-in account. */
const PEOPLE = [
  { account: 'sam', nick: 'Sam Lee' },
  { account: 'priya', nick: 'Priya Patel' },
  { account: 'wen', nick: 'Wen Zhang' },
  { account: 'jonas', nick: 'Jonas Berg' },
];

/**
 * A small, believable starting point for `account`: three contacts, a team, a few
 * conversations ending minutes ago, two of them unread and one with a read receipt. Pass it
 * as `LocalServer.open({ data: sampleData('alice') })` so a first screen has something to
 * click before an app brings its own data.
 * @param now time of the newest message is a minute before it, ms. Default `Date.now()`.
 */
export function sampleData(account: string, now: number = Date.now()): ImportData {
  const [first, second, third] = PEOPLE.filter((p) => p.account !== account);
  if (!first || !second || !third) return { users: [{ account }] };
  const teamId = 'weekend-trip';
  const at = (minutesAgo: number) => now - minutesAgo * MINUTE;
  const p2p = (from: string, to: string, minutesAgo: number, body: string): ImportMessage => ({
    from,
    to,
    time: at(minutesAgo),
    body,
  });
  const team = (from: string, minutesAgo: number, body: string): ImportMessage => ({
    scene: 'team',
    from,
    to: teamId,
    time: at(minutesAgo),
    body,
  });
  return {
    users: [{ account }, first, second, third],
    teams: [
      {
        teamId,
        name: 'Weekend trip',
        owner: second.account,
        members: [account, first.account, second.account, third.account],
      },
    ],
    messages: [
      p2p(second.account, account, 2900, 'Thanks for the review yesterday!'),
      p2p(account, second.account, 2895, 'Any time. The new layout reads much better.'),
      team(second.account, 1500, 'Cabin is booked for Saturday 🏕️'),
      team(third.account, 1490, 'I can drive, there is room for three more.'),
      team(account, 1480, 'Count me in!'),
      team(first.account, 240, 'Who brings the board games?'),
      p2p(account, third.account, 95, 'Did the slides make it to the client?'),
      p2p(third.account, account, 90, 'Sent this morning, they loved the charts.'),
      p2p(account, third.account, 88, 'Great news 🎉'),
      p2p(first.account, account, 12, 'Are we still on for lunch tomorrow?'),
      p2p(first.account, account, 11, 'The usual place, 12:30? https://example.com/menu'),
      p2p(first.account, account, 1, 'Let me know 🙂'),
    ],
    sessions: [
      { account, id: `p2p-${first.account}`, unread: 2 },
      { account, id: `team-${teamId}`, unread: 1 },
      { account, id: `p2p-${second.account}`, unread: 0 },
      { account, id: `p2p-${third.account}`, unread: 0, msgReceiptTime: at(88) },
    ],
  };
}
