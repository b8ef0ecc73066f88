import type { ChatAdapter, Team, TeamMember, UserProfile } from '@parley/core';
import { ChatError } from '@parley/core';
import type { EasemobAdapterDeps } from './EasemobAdapterDeps.ts';
import { emCall } from './easemobErrors.ts';

function ids(value: unknown, what: string): string[] {
  if (!Array.isArray(value) || value.some((id) => typeof id !== 'string' || id === '')) {
    throw new ChatError('INVALID_ARGUMENT', `Expected an array of ${what}`);
  }
  return value;
}

/** Members of a group, every page of `getGroupMembers`. */
export async function groupMembers(deps: EasemobAdapterDeps, groupId: string): Promise<string[]> {
  const members: string[] = [];
  let cursor: string | undefined = '';
  do {
    const page = await emCall('other', () =>
      deps.conn.getGroupMembers({ groupId, limit: 50, ...(cursor ? { cursor } : {}) }),
    );
    for (const m of page?.data?.members ?? [])
      if (typeof m.userId === 'string') members.push(m.userId);
    cursor = page?.data?.cursor || undefined;
  } while (cursor);
  return members;
}

/** User attributes (`fetchUserInfoById`) and groups (`getGroupInfo`, `getGroupMembers`). */
export function profileMethods(
  deps: EasemobAdapterDeps,
): Pick<ChatAdapter, 'getUsers' | 'getTeams' | 'getTeamMembers'> {
  const { conn, live } = deps;
  return {
    async getUsers(accounts) {
      const wanted = ids(accounts, 'user ids');
      live();
      if (wanted.length === 0) return [];
      const result = await emCall('other', () => conn.fetchUserInfoById(wanted));
      const data = result?.data ?? {};
      return wanted.map((account): UserProfile => {
        const info = data[account] ?? {};
        return {
          account,
          nick: info.nickname || account,
          ...(info.avatarurl ? { avatar: info.avatarurl } : {}),
        };
      });
    },

    async getTeams(teamIds) {
      const wanted = ids(teamIds, 'group ids');
      live();
      if (wanted.length === 0) return [];
      const result = await emCall('other', () => conn.getGroupInfo({ groupId: wanted }));
      return (result?.data ?? []).map(
        (g): Team => ({
          teamId: g.id,
          scene: 'team',
          name: g.name || g.id,
          owner: g.owner,
          memberCount: Number(g.affiliations_count) || 0,
          ...(g.avatar ? { avatar: g.avatar } : {}),
        }),
      );
    },

    async getTeamMembers(teamId) {
      const [id = ''] = ids([teamId], 'group ids');
      live();
      const page = await emCall('other', () => conn.getGroupMembers({ groupId: id, limit: 50 }));
      const members: TeamMember[] = [];
      let cursor = page?.data?.cursor;
      let list = page?.data?.members ?? [];
      for (;;) {
        for (const m of list) {
          members.push({
            account: m.userId,
            role: m.role === 'owner' ? 'owner' : m.role === 'admin' ? 'manager' : 'normal',
            joinTime: Number(m.joinedTime) || 0,
          });
        }
        if (!cursor) return members;
        const next = await emCall('other', () =>
          conn.getGroupMembers({ groupId: id, limit: 50, cursor }),
        );
        cursor = next?.data?.cursor;
        list = next?.data?.members ?? [];
      }
    },
  };
}
