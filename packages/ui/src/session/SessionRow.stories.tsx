import type { Session } from '@parley/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { fileMessage, getName, imageMessage, NOW, session, textMessage } from '../test/fixtures.ts';
import { SessionRow } from './SessionRow.tsx';

const pinned = { isStickOnTop: true, createTime: 1, updateTime: 1, ext: '' };
const DAY = 86_400_000;

const rows: Array<{ session: Session; name: string }> = [
  { name: 'Alice Chen', session: session({ unread: 2, stickTopInfo: pinned }) },
  {
    name: 'Design team',
    session: session({
      id: 'team-1',
      scene: 'team',
      to: '1',
      unread: 128,
      lastMsg: textMessage('Pushed the new icons', {
        from: 'bob',
        scene: 'team',
        time: NOW - 3_600_000,
      }),
    }),
  },
  {
    name: 'Bob Li',
    session: session({
      id: 'p2p-bob',
      to: 'bob',
      draft: 'Let me check and get back',
      lastMsg: imageMessage({ time: NOW - DAY }),
    }),
  },
  {
    name: 'Carol Wang',
    session: session({
      id: 'p2p-carol',
      to: 'carol',
      mute: true,
      unread: 7,
      lastMsg: fileMessage({ from: 'carol', time: NOW - 3 * DAY }),
    }),
  },
  {
    name: 'Dave',
    session: session({
      id: 'p2p-dave',
      to: 'dave',
      lastMsg: textMessage('', {
        from: 'dave',
        recall: { by: 'dave', time: 1 },
        time: NOW - 30 * DAY,
      }),
    }),
  },
  {
    name: 'Erin',
    session: session({
      id: 'p2p-erin',
      to: 'erin',
      lastMsg: textMessage('Sending…', { from: 'me', status: 'sending', time: NOW - 5_000 }),
    }),
  },
  {
    name: 'Frank',
    session: session({
      id: 'p2p-frank',
      to: 'frank',
      lastMsg: textMessage('Did not go through', {
        from: 'me',
        status: 'sendFailed',
        time: NOW - 400 * DAY,
      }),
    }),
  },
  {
    name: 'New contact',
    session: session({ id: 'p2p-new', to: 'new', lastMsg: null, updateTime: NOW }),
  },
];

/** Names and words written the other way: Hebrew and Arabic among English ones. */
const otherWay: Record<string, string> = { dana: 'דנה כהן', sara: 'سارة' };
const mixedNames = (account: string) => otherWay[account] ?? getName(account);
const mixedRows: Array<{ session: Session; name: string }> = [
  {
    name: 'דנה כהן',
    session: session({
      id: 'p2p-dana',
      to: 'dana',
      unread: 2,
      lastMsg: textMessage('נתראה מחר בתשע, ok?', { from: 'dana', time: NOW - 60_000 }),
    }),
  },
  {
    name: 'Design team',
    session: session({
      id: 'team-2',
      scene: 'team',
      to: '2',
      lastMsg: textMessage('Pushed the new icons', { from: 'dana', scene: 'team', time: NOW }),
    }),
  },
  {
    name: 'فريق التصميم',
    session: session({
      id: 'team-3',
      scene: 'team',
      to: '3',
      lastMsg: textMessage('شكرًا! 👍', { from: 'bob', scene: 'team', time: NOW - DAY }),
    }),
  },
  {
    name: 'سارة',
    session: session({
      id: 'p2p-sara',
      to: 'sara',
      lastMsg: textMessage('', { from: 'sara', recall: { by: 'sara', time: 1 }, time: NOW }),
    }),
  },
];

const meta = {
  title: 'Sessions/SessionRow',
  component: SessionRow,
  args: { session: session({ unread: 3 }), name: 'Alice Chen', me: 'me', getName, now: NOW },
  decorators: [
    (Story) => (
      <div role="listbox" aria-label="Conversations" style={{ maxWidth: 360 }}>
        {Story()}
      </div>
    ),
  ],
} satisfies Meta<typeof SessionRow>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Selected: Story = { args: { selected: true } };
export const Empty: Story = {
  args: { session: session({ lastMsg: null, updateTime: NOW }), name: 'New contact' },
};
export const AllStates: Story = {
  render: (args) => (
    <>
      {rows.map((row, i) => (
        <SessionRow key={row.session.id} {...args} {...row} selected={i === 1} />
      ))}
    </>
  ),
};
export const LongContent: Story = {
  args: {
    name: 'An extraordinarily long conversation name that will not fit in one line',
    session: session({
      unread: 99_999,
      lastMsg: textMessage(`${'word '.repeat(200)}${'x'.repeat(500)}`),
    }),
  },
};
export const Dark: Story = { ...AllStates, globals: { theme: 'dark' } };
export const Chinese: Story = { ...AllStates, globals: { locale: 'zh-CN' } };
export const Arabic: Story = { ...AllStates, globals: { locale: 'ar' } };
export const Japanese: Story = { ...AllStates, globals: { locale: 'ja' } };
/** Each name and message runs its own way; team previews and notices keep the UI's. */
export const MixedDirection: Story = {
  args: { getName: mixedNames },
  render: (args) => (
    <>
      {mixedRows.map((row) => (
        <SessionRow key={row.session.id} {...args} {...row} />
      ))}
    </>
  ),
};
export const MixedDirectionArabic: Story = { ...MixedDirection, globals: { locale: 'ar' } };
