import type { ChatState, Session } from '@parley/core';

/**
 * The name a session is shown under: the peer's nick (p2p) or the team name, falling back
 * to the raw id so a missing profile never renders an empty row.
 */
export function displayName(state: Pick<ChatState, 'users' | 'teams'>, session: Session): string {
  if (session.scene === 'p2p') return state.users[session.to]?.nick || session.to;
  return state.teams[session.to]?.name || session.to;
}
