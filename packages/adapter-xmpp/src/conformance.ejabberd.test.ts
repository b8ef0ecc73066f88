import { runAdapterConformance } from '@parley/core/testing';
import { ejabberdForFile } from './test/ejabberdForFile.ts';
import { XMPP_FEATURES } from './test/xmppFeatures.ts';

const ejabberd = ejabberdForFile('XMPP on one ejabberd node', 1);
if (ejabberd) runAdapterConformance('XMPP on one ejabberd node', ejabberd.factory, XMPP_FEATURES);
