import type { Meta, StoryObj } from '@storybook/react-vite';
import { ReactionBar } from './ReactionBar.tsx';

const meta = {
  title: 'Reactions/ReactionBar',
  component: ReactionBar,
  args: { mine: ['❤️'], onToggle: () => {}, onMore: () => {} },
  // The bar floats over a message: give it a positioned box to float in.
  decorators: [(Story) => <div style={{ position: 'relative', blockSize: 64 }}>{Story()}</div>],
} satisfies Meta<typeof ReactionBar>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const NoneMine: Story = { args: { mine: [] } };
export const AppSet: Story = { args: { reactions: ['✅', '❌', '👀'], mine: ['👀'] } };
export const WithoutPicker: Story = { args: { onMore: undefined } };
export const Dark: Story = { globals: { theme: 'dark' } };
export const Chinese: Story = { globals: { locale: 'zh-CN' } };
