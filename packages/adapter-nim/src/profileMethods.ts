import type { ChatAdapter, UserProfile } from '@parley/core';
import { ChatError } from '@parley/core';
import type { NimAdapterDeps } from './NimAdapterDeps.ts';
import { nimCall } from './nimErrors.ts';
import { toTeam, toTeamMembers, toUserProfile } from './toProfiles.ts';

/** Users per `getUsersNameCardFromServer` call. */
const USER_BATCH = 150;

/** Non-empty string ids from what the app passed (plain JavaScript may pass anything). */
function idsOf(ids: unknown): string[] {
  return (Array.isArray(ids) ? ids : []).filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
}

/** User and team profiles: `nim.user` name cards and `nim.team` info and members. */
export function profileMethods({
  nim,
  live,
}: NimAdapterDeps): Pick<ChatAdapter, 'getUsers' | 'getTeams' | 'getTeamMembers'> {
  return {
    async getUsers(accounts) {
      live();
      const wanted = idsOf(accounts);
      const users: UserProfile[] = [];
      for (let i = 0; i < wanted.length; i += USER_BATCH) {
        const batch = wanted.slice(i, i + USER_BATCH);
        const cards = await nimCall('other', () =>
          nim.user.getUsersNameCardFromServer({ accounts: batch }),
        );
        users.push(...(cards ?? []).flatMap(toUserProfile));
      }
      return users;
    },

    async getTeams(teamIds) {
      live();
      const found = await Promise.all(
        idsOf(teamIds).map((teamId) =>
          nimCall('other', () => nim.team.getTeamInfo({ teamId })).then(
            toTeam,
            (error: unknown) => {
              if (error instanceof ChatError && error.code === 'NOT_FOUND') return [];
              throw error;
            },
          ),
        ),
      );
      return found.flat();
    },

    async getTeamMembers(teamId) {
      live();
      return toTeamMembers(
        (await nimCall('other', () => nim.team.getTeamMembers({ teamId }))) ?? [],
      );
    },
  };
}
