/** Query-string keys of the remembered server and account (never the password). */
const SERVER = 'xmppServer';
const ACCOUNT = 'xmppAccount';

/** The server and account of the last connect, from the query string. */
export function rememberedLogin(): { server: string; account: string } {
  const params = new URLSearchParams(window.location.search);
  return { server: params.get(SERVER) ?? '', account: params.get(ACCOUNT) ?? '' };
}

/** Keeps server and account in the query string so a reload fills the form again. */
export function rememberLogin(server: string, account: string): void {
  const params = new URLSearchParams(window.location.search);
  params.set(SERVER, server.trim());
  params.set(ACCOUNT, account.trim());
  window.history.replaceState(null, '', `?${params}`);
}
