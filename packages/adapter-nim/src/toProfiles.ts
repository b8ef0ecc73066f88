import type { Team, TeamMember, TeamRole, UserProfile } from '@parley/core';
import type {
  Team as NimTeam,
  TeamMember as NimTeamMember,
} from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/TeamServiceInterface.js';
import type { UserNameCard } from 'nim-web-sdk-ng/dist/v2/NIM_BROWSER_SDK/UserServiceInterface.js';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** A name card (`UserNameCard`) as a profile; empty for one without an account. */
export function toUserProfile(card: UserNameCard): UserProfile[] {
  const account = text(card?.account);
  if (!account) return [];
  const avatar = text(card.avatar);
  const signature = text(card.signature);
  return [
    {
      account,
      nick: text(card.nick) ?? account,
      ...(avatar ? { avatar } : {}),
      ...(signature ? { signature } : {}),
    },
  ];
}

/** A team of the SDK as Parley's; empty for one without an id. */
export function toTeam(team: NimTeam): Team[] {
  const teamId = text(team?.teamId);
  if (!teamId) return [];
  const avatar = text(team.avatar);
  return [
    {
      teamId,
      scene: 'team',
      name: text(team.name) ?? teamId,
      owner: text(team.owner) ?? '',
      memberCount: Number(team.memberNum) || 0,
      ...(avatar ? { avatar } : {}),
    },
  ];
}

const ROLES: Readonly<Record<string, TeamRole>> = {
  owner: 'owner',
  manager: 'manager',
  normal: 'normal',
};

/** Valid members of a team (applicants and rejected applicants are not members). */
export function toTeamMembers(members: readonly NimTeamMember[]): TeamMember[] {
  return members.flatMap((m) => {
    const role = ROLES[m?.type];
    const account = text(m?.account);
    if (!role || !account || m.valid === false) return [];
    return [{ account, role, joinTime: Number(m.joinTime) || 0 }];
  });
}
