import type { TeamMember, UserProfile } from '@parley/core';
import { ChatError } from '@parley/core';
import {
  checkId,
  checkObject,
  checkOptional,
  checkString,
  invalidArgument,
} from '@parley/core/rules';
import type { ServerState } from '../server/ServerState.ts';
import type { TeamRecord } from '../server/types.ts';
import { checkIdList, checkList } from './checkList.ts';

/**
 * The accounts and teams an import may refer to: the server's and the imported ones. Checks
 * the imported users and teams as it reads them; accounts named elsewhere without a profile
 * are registered when the server allows it (`autoRegister`), or are `NOT_FOUND`.
 */
export class ImportDirectory {
  /** Profiles to write: the imported ones and those registered on the way. */
  readonly users = new Map<string, UserProfile>();
  /** Teams to write. */
  readonly teams = new Map<string, TeamRecord>();

  constructor(
    private readonly state: ServerState,
    users: unknown,
    teams: unknown,
    joinTime: number,
  ) {
    checkList(users, 'users').forEach((entry, i) => {
      this.addUser(entry, `users[${i}]`);
    });
    checkList(teams, 'teams').forEach((entry, i) => {
      this.addTeam(entry, `teams[${i}]`, joinTime);
    });
  }

  /** Checks that `account` exists, registering it when the server allows. */
  account(account: unknown, path: string): string {
    const id = checkId(account, path);
    if (this.users.has(id) || this.state.data.users.has(id)) return id;
    if (!this.state.autoRegister) {
      throw new ChatError('NOT_FOUND', `${path} names an unknown account "${id}"`, {
        details: { argument: path, account: id },
      });
    }
    this.users.set(id, { account: id, nick: id });
    return id;
  }

  /** The imported or stored team `teamId`, or `NOT_FOUND`. */
  team(teamId: string, path: string): TeamRecord {
    const team = this.teams.get(teamId) ?? this.state.data.teams.get(teamId);
    if (!team) {
      throw new ChatError('NOT_FOUND', `${path} names an unknown team "${teamId}"`, {
        details: { argument: path, teamId },
      });
    }
    return team;
  }

  private addUser(value: unknown, path: string): void {
    const entry = checkObject(value, path);
    const account = checkId(entry.account, `${path}.account`);
    if (this.users.has(account)) {
      throw invalidArgument(`${path}.account`, 'an account not listed before', account);
    }
    const nick = checkOptional(entry.nick, `${path}.nick`, checkString);
    const avatar = checkOptional(entry.avatar, `${path}.avatar`, checkString);
    const signature = checkOptional(entry.signature, `${path}.signature`, checkString);
    this.users.set(account, {
      account,
      nick: nick ?? account,
      ...(avatar === undefined ? {} : { avatar }),
      ...(signature === undefined ? {} : { signature }),
    });
  }

  private addTeam(value: unknown, path: string, joinTime: number): void {
    const entry = checkObject(value, path);
    const teamId = checkId(entry.teamId, `${path}.teamId`);
    if (this.teams.has(teamId) || this.state.data.teams.has(teamId)) {
      throw invalidArgument(`${path}.teamId`, 'the id of no other team', teamId);
    }
    const name = checkString(entry.name, `${path}.name`);
    const scene = entry.scene ?? 'team';
    if (scene !== 'team' && scene !== 'superTeam') {
      throw invalidArgument(`${path}.scene`, '"team" or "superTeam"', scene);
    }
    const owner = this.account(entry.owner, `${path}.owner`);
    const listed = checkIdList(entry.members, `${path}.members`);
    listed.forEach((account, i) => {
      this.account(account, `${path}.members[${i}]`);
    });
    const accounts = [...new Set([owner, ...listed])];
    const managers = new Set(checkIdList(entry.managers, `${path}.managers`));
    for (const manager of managers) {
      if (!accounts.includes(manager)) {
        throw invalidArgument(`${path}.managers`, 'members of the team', manager);
      }
    }
    const avatar = checkOptional(entry.avatar, `${path}.avatar`, checkString);
    const members: TeamMember[] = accounts.map((account) => ({
      account,
      role: account === owner ? 'owner' : managers.has(account) ? 'manager' : 'normal',
      joinTime,
    }));
    this.teams.set(teamId, {
      team: {
        teamId,
        scene,
        name,
        ...(avatar === undefined ? {} : { avatar }),
        owner,
        memberCount: members.length,
      },
      members,
    });
  }
}
