// How the fake server decides which deleted sessions come back at login (rule 5).

/** How a session was deleted. */
export interface SessionDeletion {
  /** Server time the delete covers: everything at or before it is gone. */
  time: number;
  /** True when my roaming history was cleared on the server too. */
  clearHistory: boolean;
}

/**
 * Rule 5: whether a message brings a deleted session back. Only a message newer than the
 * delete does; messages at or before it stay hidden.
 */
export function revivesSession(messageTime: number, deletedAt: number): boolean {
  return messageTime > deletedAt;
}

/**
 * Rule 5 at login (seed 000, three logins): a locally deleted session comes back when it
 * still has messages on the server; one deleted with `clearHistory` comes back only when
 * a message newer than the delete exists.
 *
 * @param newestMessageTime newest message of the session the server still keeps for me, or
 *   null when it keeps none
 */
export function reappearsAtLogin(
  deletion: SessionDeletion | null,
  newestMessageTime: number | null,
): boolean {
  if (newestMessageTime === null) return false;
  if (!deletion?.clearHistory) return true;
  return revivesSession(newestMessageTime, deletion.time);
}
