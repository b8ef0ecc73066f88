import { runAdapterConformance, setup, text } from '@parley/core/testing';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ejabberdForFile } from './test/ejabberdForFile.ts';
import { startProxy } from './test/startProxy.ts';
import { XMPP_FEATURES } from './test/xmppFeatures.ts';

const ejabberd = ejabberdForFile('XMPP on one ejabberd node', 1);
if (ejabberd) {
  runAdapterConformance('XMPP on one ejabberd node', ejabberd.factory, XMPP_FEATURES);

  describe('XMPP on one ejabberd node', () => {
    it('leaves the stream management ejabberd offers unused, and still talks', async () => {
      const [node] = ejabberd.cluster().nodes;
      if (!node) throw new Error('one node expected');
      const b = await setup(ejabberd.factory);
      const proxy = await startProxy(node.httpPort);
      onTestFinished(() => proxy.close());
      const alice = await ejabberd
        .backend()
        .adapter('alice', `ws://127.0.0.1:${proxy.port}/xmpp-websocket`);
      await alice.connect();
      const bob = await b.device('bob');
      const sent = await alice.send(text('bob', 'no acks needed'));
      await bob.waitFor('message', (e) => e.message.idClient === sent.idClient);
      expect(proxy.received()).toContain('urn:xmpp:sm:3');
      expect(proxy.received()).not.toMatch(/<enabled\b/);
    });
  });
}
