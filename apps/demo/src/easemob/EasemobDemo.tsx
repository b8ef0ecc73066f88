import type { ConnectField } from '../remote/ConnectForm.tsx';
import { RemoteDemo } from '../remote/RemoteDemo.tsx';
import { remembered } from '../remote/remembered.ts';
import { EASEMOB_PARAMS, openEasemobChat } from './openEasemobChat.ts';

const FIELDS: readonly ConnectField<'appKey' | 'user' | 'token'>[] = [
  {
    name: 'appKey',
    label: 'App key',
    placeholder: 'org#app',
    hint: 'From the Easemob (环信) console',
    autoComplete: 'off',
  },
  {
    name: 'user',
    label: 'User',
    placeholder: 'alice',
    hint: 'The user id made for that app; Easemob advises lowercase ids',
    autoComplete: 'username',
  },
  {
    name: 'token',
    label: 'Token',
    hint: 'Used for this sign-in only, never stored',
    // Not "current-password": a token is issued by the app's server, not one to save.
    autoComplete: 'off',
    secret: true,
  },
];

/** The demo's "Easemob" backend: a connect form, then the kit on that user. */
export function EasemobDemo() {
  return (
    <RemoteDemo
      backend="Easemob"
      title="Connect to Easemob"
      fields={FIELDS}
      initial={{
        appKey: remembered(EASEMOB_PARAMS.appKey),
        user: remembered(EASEMOB_PARAMS.user),
      }}
      loginOf={(value) => ({
        appKey: value('appKey'),
        user: value('user'),
        token: value('token'),
      })}
      open={openEasemobChat}
    />
  );
}
