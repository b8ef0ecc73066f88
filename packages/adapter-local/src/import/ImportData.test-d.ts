import { describe, expectTypeOf, it } from 'vitest';
import type { ImportData, ImportMessage } from './ImportData.ts';

describe('ImportData', () => {
  it('takes messages as sent, attachments typed by type', () => {
    expectTypeOf({ from: 'bob', to: 'alice', time: 1, body: 'hi' }).toExtend<ImportMessage>();
    const image = {
      type: 'image',
      from: 'bob',
      to: 'alice',
      time: 1,
      body: '[image]',
      attach: {
        url: 'https://example.com/a.png',
        name: 'a.png',
        size: 1,
        mime: 'image/png',
        width: 1,
        height: 1,
      },
    } as const;
    expectTypeOf(image).toExtend<ImportMessage>();
    // A geo attachment on an image, or a text with an attachment, is a type error.
    expectTypeOf({
      ...image,
      attach: { lat: 1, lng: 2, title: 'x' },
    }).not.toExtend<ImportMessage>();
    expectTypeOf({
      from: 'b',
      to: 'a',
      time: 1,
      body: 'x',
      attach: image.attach,
    }).not.toExtend<ImportMessage>();
  });

  it('rejects fields it does not know', () => {
    const data: ImportData = {
      // @ts-expect-error a typo of `unread` does not compile
      sessions: [{ account: 'alice', id: 'p2p-bob', unred: 1 }],
    };
    expectTypeOf(data).toExtend<ImportData>();
  });
});
