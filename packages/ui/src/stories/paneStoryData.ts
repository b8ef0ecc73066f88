import type { LocalServer, StoredMessage } from '@parley/adapter-local';
import { type Chat, ChatError, type Message } from '@parley/react';

const MINUTE = 60_000;
const TEAM = 'design';

const IMAGE = `data:image/png;base64,${[
  'iVBORw0KGgoAAAANSUhEUgAAAPAAAACgCAIAAAC9uXYyAAAIqUlEQVR42u2dV5cURRhA693fAQuIBCUZQcwiZjG9+2',
  'BGMWPCXRbYBVaEBUEFxYAZFVEUxZwwoWJAQUwo5pxTdX1TPWF3ltnZnqru6nvO/QHVc+655ztV09Xq5Ov+O2nJv4Z/',
  'LH9rToz4y/Cn5Y8ThMW/G36z/Hp8gV8MPwuTFv9k+XHStZofNMdFfG/5zvCt5tiIbyxfH7tI89UxBb60bDd8cXSBzy',
  '3bNEct/MzyqeWTIyM+tnxk2XqEpvNDyxbh8M7Nhg8s7wsTOzcZ3pu4QHhXc1jEO4a3LRsnRLxleXPCfOGNQwtsMLwu',
  'HDL/Ncurhlc0B1+jedmy3vCS5qCIFy0vGJ4/UDNP85zlWcMzBxR42vKUZv95Txa4+gnLuv0iHrc8Zlk7PuJRyyPjOy',
  'L27VhjeNjykDCuY7XhQcuqcXNXjZ37gOV+y337FFhpuNdyz96aOZq7DXcJe82503KH4XbNnhErImbfZrlVs0fELRpV',
  'bnOFyrHNf1ibfy+3uULl2OYKlWObK1T+rhuVy2yuUHl7FZW3dVW53OZylYs2b7FsLre5QuVNVVSObd5YxeYKlWObK1',
  'Q2Nnej8voqKsc2V6j8bBWVY5uLKpfbXKHy2gqVxxdUXlNF5dVFlTu0yl1tvm9smcorq6gc21yhcmzziq42xyobbla5',
  'CfNWwuwkzKu8hFlsjoUmzIQ522G2LFeEOR9hXhfkxFxi8/LdDYowE+YAwmxsvkmj2MqoK8wbmZjTMDHHYRabY6EJM2',
  'HOdpgj2m/UKMLsY2Jez8ScbJjF5t3blynCTJgDCLNmTPsyjSLM7DEHEOYxBZYqwkyYAwizVllQ7DET5sxtZXQNs+UG',
  'RZgJcwBh1iprRluhmZg5/MvkxFxu8/UaRZgJcwBhFptHt1+nmJiZmLM7MY8pqhzZLEITZsKc+TBbligmZibm7E7MZT',
  'a3LRnVVhCaMBPmbIdZbB7VtlgxMXP4F0CYtcqCIsyEOYAwG67VKMLMVkYAYRabjdCEmTBnP8yGRSPbFim2MtjKCCDM',
  'YvPItoWKMBPmAMIsNpcKzcSc94n5vw2n1EI6w2zpVISZMNeocilpC7NWWVBMzHkOcx0ql2mdmjALI9oWKMJMmPvmdC',
  'rCPLJtwYhZEYqJOYeHf4moXIr3MBub52sUYSbMCTntM8xi84hZ1yjCzFZGUngMs9gsQhPmHO0xN1hob2EWdps1T7GV',
  'kZ+/yzXU5qLTPsIsNkdCE+acHP45sLngtI8wW65WTMw5+bucM6G9hFmrLCjCnId/ZTiz2TrtOsyGDo1iYs7D/5h9CO',
  '00zGLzriI0YQ7773KObRYch3nXiLkaRZiDf/PPk9BOwxzZPFMzRxHm4P/H7Elop2EWm0uFZisj2Df/fArtKsyW2Yow',
  'B/+CiSehnYZZq6wZLkIT5rDvyvAidN/D3EXlnsI8vEC7IszBv/nnSWinYdYqC4qtjODvyvAndMMn5uFlNrdpFGEO/p',
  'VsT0I7DbPYPHzmLEWYQ7/EyKPQ7sIsNg8zQhPmwO/K8CK04zAPKzBTEebgr/30JLTTMIvNsdCEOeRLjPwJ7S7METM0',
  'MxR7zHm49tOjzW7CrFUWFGHOw+1yzoV2HWZD69AZrYow5+SifMc2J3j4V0uYhxqbI6EJc06u/XQotIcwG6ZrFGHOz0',
  'X5Dmx2PDEPLbd56IwWRZhzdR9zY232F2axuSg0Yc7W4V/d1342WGhvYdYMiWhWhDlvF+U32GY/YdYqC4ow5/DTUq5s',
  'dhdmy1WKMOf2CyYhhVmrLCjCnOdPSwUTZsO0Ia3TFGHm01IBhFmrvEvElYow880/ob6tDAeHf7WEWWyOhCbMfPPP/Z',
  't/iYfZcoUizHwl2/2bf4mHWWw2QhNmwpz9MFsuV4Q564d/hFlUHmxQhJkwBxBmY/NlGkWYmZgDCLPYHAtNmAlztsNs',
  'uFSjCHMe9piDD7PYPLh1qiLMhDmAMGt2bp268/SpijAT5pQf/tUSZq2y4RK1095DBMJMmLMbZq2yUBRaYCuDPeYsht',
  'lycaXQJWYTZsKcmTBrlTWDehBaIMxsZWQizMbmizQ7ELrEbMJMmNMbZrF50PQLaxVaIMyEOZ1hFpt7LXSJ2YSZMKco',
  'zJYL6hRaIMxsZaQkzGLzwD4KXWI2YSbMPsMsNg+cfn4yQgsc/nH45yvMWuWIlkSFjiHMhNlxmLXKA1vO0zREaKs1Ez',
  'MTs6Mwi82NFTqGMBPmRofZMGVAyxQXQhe07kbl3E7MNzAxJxtmsXlAy7nuhI4hzIQ58TCLzX6Etlpz+MfEnFiYLed4',
  'EzqGMBPmvodZqyz4F7qgNVsZhLkPYRaaWianRegYwkyY6wjzgJbJTYbUCW215vCPrYxehNlwtialQscQZsJcS5jF5q',
  'bms9IudEFrJmYm5h7D3NQc2ZwZoWMIM2HuNsxC/+YzMya0wMSc4zBP7jbMTc1n9jdkUugSszMQZlkqYW5omC1nZFto',
  'IbVhrrZgJuakJuamEpWFEIQump2OMNe+YMKcVJgNp2uCElrwuJVR95oJcx/DLDb3C1LoErMdhTnZZRPmOsLcL+I0Tc',
  'hCCw2dmBu6csJce5jF5n7Np4YvdNHs5MLseOWEeYdhFpvzJbTQxzB7Xz9h7jbM8e+TO6FLzO5FmFO4fsKs6fqz5Fdo',
  'YYdhTv8jBH/41zXMPfwaeRc6pkLljD5FwGGu8RdA6Aqtl4bxIMFMzL19cIQOnIyGue7nReg8yZ3uMCfyjAidR1IV5m',
  'QfDaFzjccwN+iJEBpiuRseZgdPgdBQSeJhdrl4hIaq9DHMXtaM0FCj3DWF2fs6ERp6R7dhTs/yEBrqRKucwlUhNAQF',
  'QgNCAyA0AEIDIDQgNABCAyA0AEIDIDQgNABCAyA0AEIDIDQgNABCAyA0AEIDIDQgNABCAyA0AEIDIDQgNABCAyA0AE',
  'IDIDQgNABCAyA0AEIDIDQgNABCAyA0QO/5HysR3lPLxbPGAAAAAElFTkSuQmCC',
].join('')}`;

function make(
  n: number,
  from: string,
  time: number,
  rest: Partial<StoredMessage> & Pick<Message, 'type'>,
): StoredMessage {
  const to = TEAM;
  return {
    idClient: `story-${n}`,
    idServer: `story-s-${n}`,
    scene: 'team',
    sessionId: `team-${to}`,
    from,
    to,
    time,
    status: 'sent',
    body: '',
    ...rest,
  } as StoredMessage;
}

/** Users and the "Design team" of the stories. */
async function people(server: LocalServer): Promise<void> {
  await server.importBulk({
    users: [
      { account: 'me', nick: 'Me' },
      { account: 'alice', nick: 'Alice Chen' },
      { account: 'bob', nick: 'Bob Martin' },
      { account: 'carol', nick: 'Carol Diaz' },
    ],
    teams: [
      {
        team: { teamId: TEAM, scene: 'team', name: 'Design team', owner: 'me', memberCount: 4 },
        members: ['me', 'alice', 'bob', 'carol'].map((account, i) => ({
          account,
          role: i === 0 ? 'owner' : 'normal',
          joinTime: 1,
        })),
      },
    ],
    // One-to-one chats with each member: the chat loads its peers' profiles (names) on
    // connect, and the forward picker has somewhere to send to.
    messages: ['alice', 'bob', 'carol'].map((peer, i) => ({
      ...make(100 + i, peer, Date.now() - 2 * 24 * 60 * MINUTE + i, { type: 'text', body: 'Hi!' }),
      scene: 'p2p' as const,
      sessionId: 'p2p-me',
      to: 'me',
    })),
  });
}

/** A team session with every message type, receipts and a recall. */
export async function sessionSetup(server: LocalServer): Promise<void> {
  await people(server);
  const now = Date.now();
  const yesterday = now - 24 * 60 * MINUTE;
  let n = 0;
  const m = (from: string, time: number, rest: Partial<StoredMessage> & Pick<Message, 'type'>) =>
    make(n++, from, time, rest);
  await server.importBulk({
    messages: [
      m('me', yesterday - 20 * MINUTE, {
        type: 'notification',
        attach: { kind: 'addMembers', accounts: ['alice', 'bob', 'carol'] },
      }),
      m('alice', yesterday, { type: 'text', body: 'Morning! The new mockups are up 🎨' }),
      m('alice', yesterday + MINUTE, {
        type: 'text',
        body: 'Specs: https://example.com/specs/chat-pane and the tracker at example.org/issues',
      }),
      m('bob', yesterday + 3 * MINUTE, {
        type: 'image',
        attach: {
          url: IMAGE,
          name: 'hero.svg',
          size: 48_213,
          mime: 'image/svg+xml',
          width: 480,
          height: 320,
        },
      }),
      m('me', yesterday + 5 * MINUTE, {
        type: 'text',
        body: 'Looks great. Shipping the list today.',
        teamReceipt: { read: 3, unread: 0 },
        needReceipt: true,
        readers: ['alice', 'bob', 'carol'],
      }),
      m('carol', now - 50 * MINUTE, {
        type: 'file',
        attach: {
          url: 'https://example.com/q3-report.pdf',
          name: 'q3-report.pdf',
          size: 2_621_440,
          mime: 'application/pdf',
        },
      }),
      m('carol', now - 49 * MINUTE, {
        type: 'geo',
        attach: { lat: 52.52, lng: 13.405, title: 'Alexanderplatz, Berlin' },
      }),
      m('bob', now - 40 * MINUTE, {
        type: 'custom',
        body: 'Poll: lunch?',
        attach: { kind: 'poll', data: { question: 'Lunch?', options: ['Pizza', 'Ramen'] } },
      }),
      m('alice', now - 30 * MINUTE, {
        type: 'text',
        body: 'oops, wrong chat',
        recall: { by: 'alice', time: now - 29 * MINUTE },
      }),
      m('me', now - 20 * MINUTE, { type: 'tip', body: 'Alice pinned a message' }),
      m('me', now - 10 * MINUTE, {
        type: 'text',
        body: 'Review at 3pm?',
        teamReceipt: { read: 1, unread: 2 },
        needReceipt: true,
        readers: ['alice'],
      }),
      m('alice', now - 2 * MINUTE, { type: 'text', body: 'Works for me 👍' }),
      m('alice', now - MINUTE, { type: 'text', body: 'I will bring the prototypes.' }),
    ],
  });
}

/** Sends one message that fails, so the story shows "Not sent" with Resend. */
export async function failOneSend(chat: Chat): Promise<void> {
  const send = chat.adapter.send;
  chat.adapter.send = () => Promise.reject(new ChatError('SEND_FAILED', 'Network unavailable'));
  await chat
    .send(`team-${TEAM}`, { type: 'text', body: 'Sent from the train, might not make it' })
    .catch(() => undefined);
  chat.adapter.send = send;
}

/** Very long texts, names and links. */
export async function longContentSetup(server: LocalServer): Promise<void> {
  await people(server);
  const now = Date.now();
  const long = 'A very long line without spaces: '.concat('x'.repeat(400));
  await server.importBulk({
    users: [
      {
        account: 'alice',
        nick: 'Alice Chen with an extraordinarily long display name for testing',
      },
    ],
    messages: [
      make(0, 'alice', now - 5 * MINUTE, { type: 'text', body: long }),
      make(1, 'me', now - 4 * MINUTE, {
        type: 'text',
        body: Array.from({ length: 12 }, (_, i) => `Line ${i + 1} of a multi-line message.`).join(
          '\n',
        ),
      }),
      make(2, 'bob', now - 3 * MINUTE, {
        type: 'text',
        body: `https://example.com/${'very/long/path/'.repeat(20)}?q=1`,
      }),
      make(3, 'carol', now - 2 * MINUTE, {
        type: 'text',
        body: '<script>alert("hi")</script> javascript:alert(1) zero\u200Bwidth',
      }),
    ],
  });
}

/** The team session id of the stories. */
export const STORY_TEAM_SESSION = `team-${TEAM}`;
