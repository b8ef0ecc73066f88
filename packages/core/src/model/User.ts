/** Public profile of an account. */
export interface UserProfile {
  account: string;
  nick: string;
  /** Avatar image URL; the UI falls back to initials. */
  avatar?: string;
  signature?: string;
}

/** Member role in a team. */
export type TeamRole = 'owner' | 'manager' | 'normal';

export interface TeamMember {
  account: string;
  role: TeamRole;
  /** When the member joined (server ms). */
  joinTime: number;
}

/** A team (group) or super team. */
export interface Team {
  teamId: string;
  scene: 'team' | 'superTeam';
  name: string;
  avatar?: string;
  owner: string;
  memberCount: number;
}
