/** Conversation kind: one-to-one, a team (group) or a super team (large group). */
export type Scene = 'p2p' | 'team' | 'superTeam';

/** All scenes, in display order. */
export const SCENES: readonly Scene[] = ['p2p', 'team', 'superTeam'];

/** Session id: `${scene}-${to}`, e.g. `p2p-alice` or `team-113879441`. */
export type SessionId = string;

/** Builds a session id from its scene and target. */
export function toSessionId(scene: Scene, to: string): SessionId {
  return `${scene}-${to}`;
}

/** Splits a session id; returns null for anything that is not `${scene}-${to}`. */
export function parseSessionId(id: string): { scene: Scene; to: string } | null {
  const dash = id.indexOf('-');
  if (dash <= 0 || dash === id.length - 1) return null;
  const scene = id.slice(0, dash);
  if (scene !== 'p2p' && scene !== 'team' && scene !== 'superTeam') return null;
  return { scene, to: id.slice(dash + 1) };
}
