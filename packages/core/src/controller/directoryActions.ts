import type { ChatTarget } from '../Chat.ts';
import type { DirectoryResult } from '../model/ChatAdapter.ts';
import type { Session } from '../model/Session.ts';
import {
  checkId,
  checkObject,
  checkOptional,
  checkString,
  hasHiddenCharacters,
  invalidArgument,
  MAX_ID_LENGTH,
} from '../rules/validate.ts';
import { type ChatContext, guard } from './ChatContext.ts';
import { insertLocalSession } from './localSessionActions.ts';

const NOTHING: DirectoryResult = { users: [], teams: [] };

/** Whether a typed text can be an account id as is (no blanks, no hidden characters). */
function couldBeAccount(text: string): boolean {
  return text.length <= MAX_ID_LENGTH && !/\s/.test(text) && !hasHiddenCharacters(text);
}

/** Searches the adapter's directory; without one, offers the text as an account to try. */
export function searchDirectory(
  context: ChatContext,
  text: string,
  options: { limit?: number } = {},
): Promise<DirectoryResult> {
  return guard('INTERNAL', async () => {
    const query = checkString(text, 'text').trim();
    checkOptional(options, 'options', checkObject);
    context.requireConnected();
    if (query === '') return NOTHING;
    const { adapter } = context;
    if (!adapter.searchDirectory) {
      const offered = couldBeAccount(query) && query !== context.state().me;
      return offered ? { ...NOTHING, enteredAccount: query } : NOTHING;
    }
    const found = await adapter.searchDirectory({ text: query, limit: options.limit });
    return {
      users: Array.isArray(found?.users) ? found.users : [],
      teams: Array.isArray(found?.teams) ? found.teams : [],
      ...(typeof found?.enteredAccount === 'string' && found.enteredAccount !== ''
        ? { enteredAccount: found.enteredAccount }
        : {}),
    };
  });
}

/** Puts the target's profile into the store and inserts its session unless it is listed. */
export function startChat(context: ChatContext, target: ChatTarget): Session {
  checkObject(target, 'target');
  if ('user' in target) {
    checkObject(target.user, 'target.user');
    const account = checkId(target.user.account, 'target.user.account');
    context.dispatch({ type: 'users', users: [target.user] });
    return insertLocalSession(context, { scene: 'p2p', to: account });
  }
  if ('team' in target) {
    checkObject(target.team, 'target.team');
    const teamId = checkId(target.team.teamId, 'target.team.teamId');
    const { scene } = target.team;
    if (scene !== 'team' && scene !== 'superTeam') {
      throw invalidArgument('target.team.scene', '"team" or "superTeam"', scene);
    }
    context.dispatch({ type: 'teams', teams: [target.team] });
    return insertLocalSession(context, { scene, to: teamId });
  }
  const account = checkId(checkString(target.account, 'target.account').trim(), 'target.account');
  return insertLocalSession(context, { scene: 'p2p', to: account });
}
