import type { Meta, StoryObj } from '@storybook/react-vite';
import { MessageText } from './MessageText.tsx';

const meta = {
  title: 'Messages/MessageText',
  component: MessageText,
  args: {
    text: 'See https://parley.dev/docs or write to team@parley.dev — www.example.org works too.',
  },
  decorators: [(Story) => <div style={{ maxWidth: 360 }}>{Story()}</div>],
} satisfies Meta<typeof MessageText>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Empty: Story = { args: { text: '' } };
export const Hostile: Story = {
  args: {
    text: '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1) data:text/html,<b>x</b> \u202Eevil.exe',
  },
};
export const LongContent: Story = {
  args: {
    text: `${'Supercalifragilisticexpialidocious'.repeat(12)}\n\nhttps://example.com/${'very/long/path/'.repeat(20)}\n${'\u200b'.repeat(50)}zero-width above\n${'Lorem ipsum dolor sit amet. '.repeat(40)}`,
  },
};
export const RightToLeft: Story = { args: { text: 'مرحبا بالعالم https://example.com شكرا' } };
export const Chinese: Story = {
  args: { text: '你好！文档在 https://parley.dev/docs ，有问题请联系我们。' },
  globals: { locale: 'zh-CN' },
};
