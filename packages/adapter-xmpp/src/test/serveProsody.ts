// A private Prosody to try the demo (or an app) against, until Ctrl-C. Run from the repo root:
//   node --import tsx packages/adapter-xmpp/src/test/serveProsody.ts [account…]
// Registers the accounts (default alice, bob, carol), each with its name as password.
import { ensureProsody } from './ensureProsody.ts';
import { startProsody } from './startProsody.ts';

const accounts = process.argv.length > 2 ? process.argv.slice(2) : ['alice', 'bob', 'carol'];

ensureProsody();
const server = await startProsody();
for (const account of accounts) await server.register(account, account);
console.log(
  `Prosody ${server.pid} on 127.0.0.1 only (memory storage: stopping forgets everything)`,
);
console.log(`  WebSocket: ${server.websocketUrl}`);
for (const account of accounts) {
  console.log(`  account:   ${account}@${server.domain}  password: ${account}`);
}
console.log('Ctrl-C stops it.');

const stop = () => {
  server.stop().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
