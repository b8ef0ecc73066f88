import type { Client } from '@xmpp/client';

const NS_STREAMS = 'http://etherx.jabber.org/streams';

/** What @xmpp/connection keeps of a stream's parser (internal to it, so checked at run time). */
interface WithParser {
  parser: { emit(event: 'end'): void } | null;
}

function hasParser(client: object): client is WithParser {
  return 'parser' in client;
}

/**
 * Keeps a stream error from the server from closing the next connection too. @xmpp/connection
 * 0.14 answers a stream error (ejabberd sends one to every client when a node stops) by
 * closing the stream and waiting up to 2 s for the server's end of it, which has already come;
 * when the wait times out it closes the current connection, by then the reconnected one, and
 * every client of the stopped node dropped twice. Ending the wait once the socket is gone,
 * before a new connection exists, lets the first reconnect stand (the finished close then
 * reports the same disconnect once more, before the reconnect starts).
 */
export function endStaleCloses(client: Client): void {
  if (!hasParser(client)) return;
  let ended: WithParser['parser'] = null;
  client.prependListener('element', (element) => {
    if (element.is('error', NS_STREAMS)) ended = client.parser;
  });
  client.on('status', (status) => {
    if (status !== 'disconnect' || !ended) return;
    const parser = ended;
    ended = null;
    parser.emit('end');
  });
}
