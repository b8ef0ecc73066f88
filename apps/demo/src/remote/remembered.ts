/** A form field kept in the query string under `param`, or '' when it is not there. */
export function remembered(param: string): string {
  return new URLSearchParams(window.location.search).get(param) ?? '';
}

/**
 * Keeps form fields in the query string, by parameter name, so a reload fills the form again.
 * Only for what may be seen in a URL and its history: never a password or a token.
 */
export function remember(fields: Readonly<Record<string, string>>): void {
  const params = new URLSearchParams(window.location.search);
  for (const [param, value] of Object.entries(fields)) params.set(param, value.trim());
  window.history.replaceState(null, '', `?${params}`);
}
