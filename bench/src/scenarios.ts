/** What the driver runs: one entry per scenario, with the implementations it compares. */
export interface ScenarioSpec {
  id: 'list' | 'messages' | 'append' | 'burst';
  title: string;
  viewport: { width: number; height: number };
  impls: readonly ('parley' | 'baseline')[];
}

export const SCENARIOS: readonly ScenarioSpec[] = [
  {
    id: 'list',
    title: '1. Conversation list, 10,000 sessions (320x700)',
    viewport: { width: 320, height: 700 },
    impls: ['parley', 'baseline'],
  },
  {
    id: 'messages',
    title: '2. Message list, 100,000 messages in the open session (400x700)',
    viewport: { width: 400, height: 700 },
    impls: ['parley', 'baseline'],
  },
  {
    id: 'append',
    title: '3. Append: 1,000 incoming messages one by one, user at the bottom (400x700)',
    viewport: { width: 400, height: 700 },
    impls: ['parley', 'baseline'],
  },
  {
    id: 'burst',
    title: '4. Burst: 5,000 messages over 500 sessions in one second (320x700)',
    viewport: { width: 320, height: 700 },
    impls: ['parley'],
  },
];
