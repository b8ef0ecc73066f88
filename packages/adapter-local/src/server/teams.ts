import type { JsonValue, NotificationAttach, Team, TeamMember, TeamRole } from '@parley/core';
import { ChatError } from '@parley/core';
import { post } from './messages.ts';
import type { ServerState } from './ServerState.ts';
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
  state: ServerState,
  record: TeamRecord,
  by: string,
  attach: NotificationAttach,
): void {
  const time = state.data.tick();
  const who = attach.accounts.length > 0 ? attach.accounts.join(', ') : by;
  post(state, {
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
  state: ServerState,
  record: TeamRecord,
  members: TeamMember[],
  patch?: Partial<Team>,
): TeamRecord {
  const next: TeamRecord = {
    team: { ...record.team, ...patch, memberCount: members.length },
    members,
  };
  state.data.putTeam(next);
  for (const member of members)
    state.feed.emit(member.account, { type: 'teams', teams: [next.team] });
  return next;
}

function managed(state: ServerState, teamId: string, by: string): TeamRecord {
  const record = state.data.teams.get(teamId);
  if (!record) throw new ChatError('NOT_FOUND', `No team "${teamId}"`);
  const role = record.members.find((m) => m.account === by)?.role;
  if (role !== 'owner' && role !== 'manager') {
    throw new ChatError('PERMISSION_DENIED', 'Only the owner or a manager can do this');
  }
  return record;
}

function ensureUsers(state: ServerState, accounts: readonly string[]): void {
  for (const account of accounts) {
    if (!state.data.users.has(account)) state.data.putUser({ account, nick: account });
  }
}

/** Creates a team with its owner and members and posts an `addMembers` notification. */
export function createTeam(state: ServerState, input: CreateTeamInput): Team {
  const time = state.data.tick();
  const teamId = input.teamId ?? `t${time.toString(36)}${state.data.teams.size.toString(36)}`;
  if (state.data.teams.has(teamId))
    throw new ChatError('INVALID_ARGUMENT', `Team "${teamId}" exists`);
  const accounts = [input.owner, ...input.members.filter((a) => a !== input.owner)];
  ensureUsers(state, accounts);
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
  const record = save(state, { team, members: [] }, members);
  notify(state, record, input.owner, { kind: 'addMembers', accounts: accounts.slice(1) });
  return record.team;
}

/** Adds members (owner or manager only). */
export function addMembers(
  state: ServerState,
  teamId: string,
  by: string,
  accounts: string[],
): void {
  const record = managed(state, teamId, by);
  const fresh = accounts.filter((a) => !record.members.some((m) => m.account === a));
  ensureUsers(state, fresh);
  const time = state.data.tick();
  const joined = fresh.map((account) => ({ account, role: 'normal' as const, joinTime: time }));
  const next = save(state, record, [...record.members, ...joined]);
  notify(state, next, by, { kind: 'addMembers', accounts: fresh });
}

/** Removes members (owner or manager only); they are told before they go. */
export function removeMembers(
  state: ServerState,
  teamId: string,
  by: string,
  accounts: string[],
): void {
  const record = managed(state, teamId, by);
  if (accounts.includes(record.team.owner)) {
    throw new ChatError('PERMISSION_DENIED', 'The owner cannot be removed');
  }
  notify(state, record, by, { kind: 'removeMembers', accounts });
  save(
    state,
    record,
    record.members.filter((m) => !accounts.includes(m.account)),
  );
}

/** A member leaves; the owner must transfer ownership first. */
export function leaveTeam(state: ServerState, teamId: string, account: string): void {
  const record = state.data.teams.get(teamId);
  if (!record || !state.data.isMember(account, teamId))
    throw new ChatError('NOT_FOUND', 'Not a member');
  if (record.team.owner === account) {
    throw new ChatError('INVALID_STATE', 'The owner cannot leave; transfer the team first');
  }
  notify(state, record, account, { kind: 'leaveTeam', accounts: [account] });
  save(
    state,
    record,
    record.members.filter((m) => m.account !== account),
  );
}

/** Changes the team's name or avatar (owner or manager only). */
export function updateTeam(
  state: ServerState,
  teamId: string,
  by: string,
  patch: { name?: string; avatar?: string },
): void {
  const record = managed(state, teamId, by);
  const changed: Record<string, JsonValue> = { ...patch };
  const next = save(state, record, record.members, patch);
  notify(state, next, by, { kind: 'updateTeam', accounts: [], team: changed });
}
