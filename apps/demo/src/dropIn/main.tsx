// The README's "Use it in an app" in a page with no CSS of its own (no height on html, body
// or #root): what an app gets when it pastes the example. The embedded backend also knows a
// few people to find with "New conversation". e2e/dropIn.e2e.test.ts and the a11y tests open
// it; the query picks a variant:
//   ?container=420px   inside a box of that height instead of straight in #root
//   ?conversation      with a conversation (a link, a reply) to read
//   ?scheme=dark&accent=%237c3aed   a color scheme and an accent color
import '@parley/ui/styles.css';
import { createLocalAdapter, LocalServer } from '@parley/adapter-local';
import { ChatProvider } from '@parley/react';
import { ChatLayout, ParleyRoot } from '@parley/ui';
import { createRoot } from 'react-dom/client';

const query = new URLSearchParams(window.location.search);
const server = await LocalServer.open();
const member = (account: string) => ({ account, role: 'normal' as const, joinTime: 0 });
// Imported, not created: nobody has written yet, so the list starts empty.
await server.importBulk({
  users: [
    { account: 'alice', nick: 'Alice Chen' },
    { account: 'sam', nick: 'Sam Lee' },
    { account: 'samira', nick: 'Samira Haddad' },
    { account: 'bob', nick: 'Bob Stone' },
  ],
  teams: [
    {
      team: { teamId: 'crew', scene: 'team', name: 'Design crew', owner: 'sam', memberCount: 3 },
      members: [member('sam'), member('alice'), member('bob')],
    },
  ],
});
/** Sends a text from one account to another through a device that signs in for it. */
async function say(from: string, to: string, body: string): Promise<void> {
  const device = createLocalAdapter({ server, account: from });
  await device.connect();
  await device.send({ idClient: `drop-in-${from}`, scene: 'p2p', to, type: 'text', body });
  await device.disconnect();
}
if (query.has('conversation')) {
  await say('bob', 'alice', 'The notes are at https://example.com/notes, have a look');
  await say('alice', 'bob', 'Thanks, reading them now');
}
const adapter = createLocalAdapter({ server, account: 'alice' });

const scheme = query.get('scheme') === 'dark' ? 'dark' : 'light';
const accent = query.get('accent');
const app = (
  <ParleyRoot colorScheme={scheme} theme={accent ? { colorAccent: accent } : undefined}>
    <ChatProvider adapter={adapter}>
      <ChatLayout />
    </ChatProvider>
  </ParleyRoot>
);
const container = query.get('container');
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(container ? <div style={{ blockSize: container }}>{app}</div> : app);
}
