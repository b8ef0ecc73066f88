import type { JsonValue, NotificationAttach, Team, TeamMember, TeamRole } from '@parley/core';
import { ChatError } from '@parley/core';
import { post } from './messages.ts';
import type { ServerContext } from './ServerContext.ts';
import type { TeamRecord } from './types.ts';

/** What a new team is made of. */
export interface CreateTeamInput {
  owner: string;
  members: string[];
  /** Default `'team'`. */
  scene?: 'team' | 'superTeam';
  /** Default `'Team <id>'`. */
  name?: string;
  /** Default a fresh id. */
  teamId?: string;
  avatar?: string;
}

const DESCRIBE: Record<NotificationAttach['kind'], string> = {
  addMembers: 'joined the team',
  removeMembers: 'left the team (removed)',
  leaveTeam: 'left the team',
  updateTeam: 'updated the team',
  dismissTeam: 'dismissed the team',
  transferOwner: 'is the new owner',
  addManagers: 'became a manager',
  removeManagers: 'is no longer a manager',
  muteMember: 'was muted',
};

/** Posts a team notification message, from `by`, to every current member. */
function notify(
  ctx: ServerContext,
  record: TeamRecord,
  by: string,
  attach: NotificationAttach,
): void {
  const time = ctx.data.tick();
  const who = attach.accounts.length > 0 ? attach.accounts.join(', ') : by;
  post(ctx, {
    idClient: `ntf-${record.team.teamId}-${time.toString(36)}`,
    idServer: `ntf-${time.toString(36)}`,
    scene: record.team.scene,
    sessionId: `${record.team.scene}-${record.team.teamId}`,
    from: by,
    to: record.team.teamId,
    time,
    status: 'sent',
    type: 'notification',
    body: `${who} ${DESCRIBE[attach.kind]}`,
    attach,
  });
}

function save(
  ctx: ServerContext,
  record: TeamRecord,
  members: TeamMember[],
  patch?: Partial<Team>,
): TeamRecord {
  const next: TeamRecord = {
    team: { ...record.team, ...patch, memberCount: members.length },
    members,
  };
  ctx.data.putTeam(next);
  for (const member of members)
    ctx.feed.emit(member.account, { type: 'teams', teams: [next.team] });
  return next;
}

function managed(ctx: ServerContext, teamId: string, by: string): TeamRecord {
  const record = ctx.data.teams.get(teamId);
  if (!record) throw new ChatError('NOT_FOUND', `No team "${teamId}"`);
  const role = record.members.find((m) => m.account === by)?.role;
  if (role !== 'owner' && role !== 'manager') {
    throw new ChatError('PERMISSION_DENIED', 'Only the owner or a manager can do this');
  }
  return record;
}

function ensureUsers(ctx: ServerContext, accounts: readonly string[]): void {
  for (const account of accounts) {
    if (!ctx.data.users.has(account)) ctx.data.putUser({ account, nick: account });
  }
}

/** Creates a team with its owner and members and posts an `addMembers` notification. */
export function createTeam(ctx: ServerContext, input: CreateTeamInput): Team {
  const time = ctx.data.tick();
  const teamId = input.teamId ?? `t${time.toString(36)}${ctx.data.teams.size.toString(36)}`;
  if (ctx.data.teams.has(teamId))
    throw new ChatError('INVALID_ARGUMENT', `Team "${teamId}" exists`);
  const accounts = [input.owner, ...input.members.filter((a) => a !== input.owner)];
  ensureUsers(ctx, accounts);
  const role = (account: string): TeamRole => (account === input.owner ? 'owner' : 'normal');
  const members = accounts.map((account) => ({ account, role: role(account), joinTime: time }));
  const team: Team = {
    teamId,
    scene: input.scene ?? 'team',
    name: input.name ?? `Team ${teamId}`,
    owner: input.owner,
    memberCount: members.length,
    ...(input.avatar ? { avatar: input.avatar } : {}),
  };
  const record = save(ctx, { team, members: [] }, members);
  notify(ctx, record, input.owner, { kind: 'addMembers', accounts: accounts.slice(1) });
  return record.team;
}

/** Adds members (owner or manager only). */
export function addMembers(
  ctx: ServerContext,
  teamId: string,
  by: string,
  accounts: string[],
): void {
  const record = managed(ctx, teamId, by);
  const fresh = accounts.filter((a) => !record.members.some((m) => m.account === a));
  ensureUsers(ctx, fresh);
  const time = ctx.data.tick();
  const joined = fresh.map((account) => ({ account, role: 'normal' as const, joinTime: time }));
  const next = save(ctx, record, [...record.members, ...joined]);
  notify(ctx, next, by, { kind: 'addMembers', accounts: fresh });
}

/** Removes members (owner or manager only); they are told before they go. */
export function removeMembers(
  ctx: ServerContext,
  teamId: string,
  by: string,
  accounts: string[],
): void {
  const record = managed(ctx, teamId, by);
  if (accounts.includes(record.team.owner)) {
    throw new ChatError('PERMISSION_DENIED', 'The owner cannot be removed');
  }
  notify(ctx, record, by, { kind: 'removeMembers', accounts });
  save(
    ctx,
    record,
    record.members.filter((m) => !accounts.includes(m.account)),
  );
}

/** A member leaves; the owner must transfer ownership first. */
export function leaveTeam(ctx: ServerContext, teamId: string, account: string): void {
  const record = ctx.data.teams.get(teamId);
  if (!record || !ctx.data.isMember(account, teamId))
    throw new ChatError('NOT_FOUND', 'Not a member');
  if (record.team.owner === account) {
    throw new ChatError('INVALID_STATE', 'The owner cannot leave; transfer the team first');
  }
  notify(ctx, record, account, { kind: 'leaveTeam', accounts: [account] });
  save(
    ctx,
    record,
    record.members.filter((m) => m.account !== account),
  );
}

/** Changes the team's name or avatar (owner or manager only). */
export function updateTeam(
  ctx: ServerContext,
  teamId: string,
  by: string,
  patch: { name?: string; avatar?: string },
): void {
  const record = managed(ctx, teamId, by);
  const changed: Record<string, JsonValue> = { ...patch };
  const next = save(ctx, record, record.members, patch);
  notify(ctx, next, by, { kind: 'updateTeam', accounts: [], team: changed });
}
