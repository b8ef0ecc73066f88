import type { Team, UserProfile } from '@parley/core';
import { useChatStore } from './useChatStore.ts';

/** A user's profile, or undefined while it is not known. */
export function useUser(account: string): UserProfile | undefined {
  return useChatStore((s) => s.users[account]);
}

/** A team, or undefined while it is not known. */
export function useTeam(teamId: string): Team | undefined {
  return useChatStore((s) => s.teams[teamId]);
}
