import { runAdapterConformance } from '@parley/core/testing';
import { prosodyFactory } from './test/prosodyFactory.ts';
import { XMPP_FEATURES } from './test/xmppFeatures.ts';

runAdapterConformance('XMPP on Prosody', prosodyFactory(), XMPP_FEATURES);
