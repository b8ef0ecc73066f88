import type { ConnectField } from '../remote/ConnectForm.tsx';
import { RemoteDemo } from '../remote/RemoteDemo.tsx';
import { remembered } from '../remote/remembered.ts';
import { NIM_PARAMS, openNimChat } from './openNimChat.ts';

const FIELDS: readonly ConnectField<'appKey' | 'account' | 'token'>[] = [
  {
    name: 'appKey',
    label: 'App key',
    hint: 'From the NetEase IM (云信) console',
    autoComplete: 'off',
  },
  {
    name: 'account',
    label: 'Account',
    placeholder: 'alice',
    hint: 'The account id (accid) made for that app key',
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

/** The demo's "NetEase IM" backend: a connect form, then the kit on that account. */
export function NimDemo() {
  return (
    <RemoteDemo
      backend="NetEase IM"
      title="Connect to NetEase IM"
      fields={FIELDS}
      initial={{
        appKey: remembered(NIM_PARAMS.appKey),
        account: remembered(NIM_PARAMS.account),
      }}
      loginOf={(value) => ({
        appKey: value('appKey'),
        account: value('account'),
        token: value('token'),
      })}
      open={openNimChat}
    />
  );
}
