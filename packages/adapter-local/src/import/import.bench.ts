import { bench, describe } from 'vitest';
import { LocalServer } from '../server/LocalServer.ts';
import type { ImportData, ImportMessage, ImportSession } from './ImportData.ts';

const MESSAGES = 100_000;
const T = 1_700_000_000_000;

/** `MESSAGES` texts between `me` and `peers` peers, with every session's read state. */
function plainData(peers: number): ImportData {
  const messages: ImportMessage[] = [];
  for (let i = 0; i < MESSAGES; i++) {
    const peer = `user${i % peers}`;
    const mine = i % 3 === 0;
    messages.push({
      from: mine ? 'me' : peer,
      to: mine ? peer : 'me',
      time: T + i * 1000,
      body: `message ${i}`,
    });
  }
  const sessions: ImportSession[] = [];
  for (let p = 0; p < peers; p++) {
    sessions.push({ account: 'me', id: `p2p-user${p}`, unread: p % 4 });
    sessions.push({ account: `user${p}`, id: 'p2p-me', ack: T + MESSAGES * 500 });
  }
  return { users: [{ account: 'me', nick: 'Me' }], messages, sessions };
}

const spread = plainData(1_000);
const oneThread = plainData(1);

describe('import 100,000 plain messages with read state (memory storage)', () => {
  bench('over 1,000 conversations, 2,000 session states', async () => {
    const server = await LocalServer.open();
    await server.import(spread);
  });

  bench('in one conversation', async () => {
    const server = await LocalServer.open();
    await server.import(oneThread);
  });
});
