import { runAdapterConformance } from '@parley/core/testing';
import { ejabberdForFile } from './test/ejabberdForFile.ts';
import { XMPP_FEATURES } from './test/xmppFeatures.ts';

// alice's devices sign in on node 1, bob's on node 2, everyone else's by a hash of the name:
// p2p messages, carbons, PEP and team rooms all cross the cluster.
const ejabberd = ejabberdForFile('XMPP on a two-node ejabberd cluster', 2);
if (ejabberd) {
  runAdapterConformance('XMPP on a two-node ejabberd cluster', ejabberd.factory, XMPP_FEATURES);
}
