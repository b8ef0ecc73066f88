import type { TeamMember } from '@parley/core';
import type { ServerData } from './ServerData.ts';
import type { StoredMessage } from './types.ts';

/**
 * Rebuilds the record of a team whose stored record was unreadable, from its messages: the
 * member notifications replayed in order, plus everyone who wrote; the owner is who created
 * it (or wrote first), the name the last one set. Returns how many messages the team has, or
 * 0 when it has none (then nothing is rebuilt).
 */
export function rebuildTeam(data: ServerData, teamId: string): number {
  const scene = data.convs.get(`superTeam:${teamId}`) ? 'superTeam' : 'team';
  const messages: readonly StoredMessage[] = data.convs.get(`${scene}:${teamId}`) ?? [];
  const first = messages[0];
  if (!first || data.teams.has(teamId)) return 0;
  const members = new Map<string, number>();
  let owner = first.from;
  let name = `Team ${teamId}`;
  const join = (account: string, time: number) => {
    if (!members.has(account)) members.set(account, time);
  };
  for (const message of messages) {
    const attach = message.type === 'notification' ? message.attach : undefined;
    if (!attach) {
      join(message.from, message.time);
      continue;
    }
    if (attach.kind === 'addMembers') {
      join(message.from, message.time);
      for (const account of attach.accounts) join(account, message.time);
    } else if (attach.kind === 'removeMembers' || attach.kind === 'leaveTeam') {
      for (const account of attach.accounts) members.delete(account);
    } else if (attach.kind === 'transferOwner' && attach.accounts[0]) {
      owner = attach.accounts[0];
    } else if (attach.kind === 'updateTeam' && typeof attach.team?.name === 'string') {
      name = attach.team.name;
    }
  }
  join(owner, first.time);
  const list: TeamMember[] = [...members].map(([account, joinTime]) => ({
    account,
    role: account === owner ? 'owner' : 'normal',
    joinTime,
  }));
  data.putTeam({ team: { teamId, scene, name, owner, memberCount: list.length }, members: list });
  return messages.length;
}
