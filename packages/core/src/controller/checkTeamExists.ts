import type { ChatAdapter } from '../model/ChatAdapter.ts';
import { ChatError } from '../model/ChatError.ts';
import type { Scene } from '../model/SessionId.ts';
import type { EventQueue } from './EventQueue.ts';

/**
 * Before a send to a team the store knows nothing of, asks the adapter's `getTeams` whether
 * it exists, so that a send to a team that does not is `NOT_FOUND` before its message enters
 * the store (otherwise it would stay there failed, in a session made for it). A found team is
 * kept in the store. Returns null when there is nothing to ask (p2p, a known team, no
 * `getTeams`), so such a send puts its message in the store at once, without a wait.
 */
export function checkTeamExists(
  events: EventQueue,
  adapter: ChatAdapter,
  target: { scene: Scene; to: string },
): Promise<void> | null {
  const getTeams = adapter.getTeams?.bind(adapter);
  if (target.scene === 'p2p' || !getTeams) return null;
  const known = events.state().teams[target.to];
  if (known?.scene === target.scene) return null;
  return ask(events, getTeams, target);
}

async function ask(
  events: EventQueue,
  getTeams: NonNullable<ChatAdapter['getTeams']>,
  target: { scene: Scene; to: string },
): Promise<void> {
  const teams = await getTeams([target.to]).catch(() => null);
  // Not asked, not answered: the send goes out and ends as the backend says.
  if (teams === null) return;
  const team = teams.find((t) => t.teamId === target.to && t.scene === target.scene);
  if (!team) {
    throw new ChatError('NOT_FOUND', `There is no ${target.scene} "${target.to}"`, {
      details: { scene: target.scene, teamId: target.to },
    });
  }
  events.dispatch({ type: 'teams', teams: [team] });
}
