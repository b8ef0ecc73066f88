/** The stanza error (RFC 6120 §8.3) behind a failed request, when the server sent one. */
export function stanzaError(error: unknown): { condition?: string; type?: string } {
  const cause = error instanceof Error ? error.cause : undefined;
  if (typeof cause !== 'object' || cause === null) return {};
  const { condition, type } = cause as { condition?: unknown; type?: unknown };
  return {
    ...(typeof condition === 'string' ? { condition } : {}),
    ...(typeof type === 'string' ? { type } : {}),
  };
}
