import type { Meta, StoryObj } from '@storybook/react-vite';
import { NOW, session } from '../test/fixtures.ts';
import { SessionMenu } from './SessionMenu.tsx';
import { SessionRow } from './SessionRow.tsx';

const meta = {
  title: 'Sessions/SessionMenu',
  component: SessionMenu,
  args: {
    session: session({ unread: 4 }),
    name: 'Alice Chen',
    onPin: () => {},
    onUnpin: () => {},
    onMarkRead: () => {},
    onSetMute: () => {},
    onDelete: () => {},
    children: null,
  },
  render: (args) => (
    <div role="listbox" aria-label="Conversations" style={{ maxWidth: 360 }}>
      <SessionMenu {...args}>
        <SessionRow session={args.session} name={args.name} me="me" now={NOW} tabIndex={0} />
      </SessionMenu>
    </div>
  ),
} satisfies Meta<typeof SessionMenu>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const PinnedAndMuted: Story = {
  args: {
    session: session({
      mute: true,
      stickTopInfo: { isStickOnTop: true, createTime: 1, updateTime: 1, ext: '' },
    }),
  },
};
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
