import type { DirectoryQuery, DirectoryResult, Team, UserProfile } from '@parley/core';
import { checkString, matchDirectory } from '@parley/core/rules';
import { xml } from '@xmpp/client';
import type { XmppDevice } from './XmppDevice.ts';

const ROSTER = 'jabber:iq:roster';
/** Characters XMPP forbids in a local part (RFC 7622), and blanks. */
const LOCAL_PART = /^[^\s@/"&'<>:]+$/;

/** The roster's contacts on my domain (the adapter addresses peers as `account@domain`). */
async function rosterUsers(d: XmppDevice): Promise<UserProfile[]> {
  const answer = await d.link.request(xml('iq', { type: 'get' }, xml('query', { xmlns: ROSTER })));
  const users: UserProfile[] = [];
  for (const item of answer.getChild('query', ROSTER)?.getChildren('item') ?? []) {
    const jid = String(item.attrs.jid ?? '').toLowerCase();
    const at = jid.indexOf('@');
    if (at <= 0 || jid.slice(at + 1) !== d.domain.toLowerCase()) continue;
    const account = jid.slice(0, at);
    users.push({ account, nick: String(item.attrs.name ?? '') || account });
  }
  return users;
}

/** Roster contacts, then everyone I have a p2p session with, once each. */
async function knownUsers(d: XmppDevice): Promise<UserProfile[]> {
  const byAccount = new Map<string, UserProfile>();
  for (const user of await rosterUsers(d)) byAccount.set(user.account, user);
  for (const id of [...d.index.logs.keys(), ...d.states.states.keys()]) {
    if (!id.startsWith('p2p-')) continue;
    const account = id.slice(4);
    if (!byAccount.has(account)) byAccount.set(account, { account, nick: account });
  }
  byAccount.delete(d.me);
  return [...byAccount.values()];
}

/** The rooms this device knows I am in. The rooms' names are not read: their ids stand in. */
function joinedTeams(d: XmppDevice): Team[] {
  return [...d.teams].map(([teamId, entry]) => ({
    teamId,
    scene: 'team',
    name: teamId,
    owner: '',
    memberCount: entry.members.size,
  }));
}

/**
 * The account a typed text names, if it can be one on my domain: `bob` or `bob@domain`,
 * lowercased (XMPP local parts are case-insensitive, Parley compares ids as given).
 */
function typedAccount(text: string, domain: string): string | undefined {
  const typed = text.trim().toLowerCase();
  const at = typed.indexOf('@');
  const local = at < 0 ? typed : typed.slice(0, at);
  if (at >= 0 && typed.slice(at + 1) !== domain.toLowerCase()) return undefined;
  return LOCAL_PART.test(local) ? local : undefined;
}

/**
 * XMPP has no directory of strangers: the search covers my roster, the peers of my
 * sessions and the team rooms I am in, and offers a typed JID on my domain as
 * `enteredAccount` (unchecked: the server answers only when a message is sent).
 */
export async function searchDirectory(
  d: XmppDevice,
  query: DirectoryQuery,
): Promise<DirectoryResult> {
  const text = checkString(query?.text, 'query.text');
  const { limit } = query;
  const users = matchDirectory(
    text,
    await knownUsers(d),
    (u) => [u.nick, u.account, `${u.account}@${d.domain}`],
    limit,
  );
  const teams = matchDirectory(text, joinedTeams(d), (t) => [t.name], limit);
  const entered = typedAccount(text, d.domain);
  const offered =
    entered !== undefined && entered !== d.me && !users.some((u) => u.account === entered);
  return { users, teams, ...(offered ? { enteredAccount: entered } : {}) };
}
