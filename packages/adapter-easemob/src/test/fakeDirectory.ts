import type { LocalAdapter } from '@parley/adapter-local';
import type { EasemobChat } from 'easemob-websdk';
import type { EasemobConnection } from '../EasemobConnection.ts';

type Calls = Omit<EasemobConnection, 'context'>;
type Params<K extends keyof Calls> = Parameters<Calls[K]>[0];

/** A successful `AsyncResult`. */
export function ok<T>(data: T): EasemobChat.AsyncResult<T> {
  return { type: 0, data };
}

/** `fetchUserInfoById`: user attributes from the server's users. */
export async function userInfo(
  link: LocalAdapter,
  userId: Params<'fetchUserInfoById'>,
): ReturnType<Calls['fetchUserInfoById']> {
  const ids = Array.isArray(userId) ? userId : [userId];
  const users = (await link.getUsers?.(ids)) ?? [];
  return ok(
    Object.fromEntries(
      users.map((u) => [
        u.account,
        { nickname: u.nick, ...(u.avatar ? { avatarurl: u.avatar } : {}) },
      ]),
    ),
  );
}

/** `getGroupInfo`: the server's teams as Easemob groups. */
export async function groupInfo(
  link: LocalAdapter,
  groupId: Params<'getGroupInfo'>['groupId'],
): ReturnType<Calls['getGroupInfo']> {
  const ids = Array.isArray(groupId) ? groupId : [groupId];
  const teams = (await link.getTeams?.(ids)) ?? [];
  return ok(
    teams.map((t) => ({
      affiliations: [],
      affiliations_count: t.memberCount,
      allowinvites: false,
      created: 0,
      custom: '',
      description: '',
      id: t.teamId,
      maxusers: 200,
      membersonly: false,
      mute: false,
      name: t.name,
      owner: t.owner,
      public: false,
      shieldgroup: false,
      avatar: t.avatar ?? '',
    })),
  );
}

/** `getGroupMembers`: a team's members, paged by an offset cursor. */
export async function groupMembers(
  link: LocalAdapter,
  { groupId, cursor, limit = 50 }: Params<'getGroupMembers'>,
): ReturnType<Calls['getGroupMembers']> {
  const all = (await link.getTeamMembers?.(groupId)) ?? [];
  const start = Number(cursor) || 0;
  const page = all.slice(start, start + limit);
  const next = start + limit < all.length ? String(start + limit) : undefined;
  return ok({
    cursor: next,
    members: page.map((m) => ({
      userId: m.account,
      role:
        m.role === 'owner'
          ? ('owner' as const)
          : m.role === 'manager'
            ? ('admin' as const)
            : ('member' as const),
      joinedTime: m.joinTime,
    })),
  });
}
