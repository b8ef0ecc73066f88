/**
 * Rule 6: whether a message stays in my history after one-sided deletes: it is newer than
 * `deletedBefore` (everything at or before it was deleted) and was not deleted by id.
 * `deletedIds` holds the ids deleted one by one, as a list or as the keys of a record.
 */
export function survivesHistoryDelete(
  message: { idClient: string; time: number },
  deletedBefore: number,
  deletedIds: Readonly<Record<string, unknown>> | readonly string[],
): boolean {
  if (message.time <= deletedBefore) return false;
  return isList(deletedIds)
    ? !deletedIds.includes(message.idClient)
    : !(message.idClient in deletedIds);
}

function isList(
  ids: Readonly<Record<string, unknown>> | readonly string[],
): ids is readonly string[] {
  return Array.isArray(ids);
}
