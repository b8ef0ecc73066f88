import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createCachedTranslator } from './cachedTranslator.ts';
import { createParleyI18n, PARLEY_NAMESPACE, type ParleyI18nOptions } from './createParleyI18n.ts';
import type { ParleyKey } from './ParleyKey.ts';

function translators(resources?: ParleyI18nOptions['resources']) {
  const i18n = createParleyI18n({ locale: 'en', resources });
  const fixed = i18n.getFixedT('en', PARLEY_NAMESPACE);
  return { fixed, cached: createCachedTranslator(fixed, { fill: true }) };
}

describe('createCachedTranslator', () => {
  it('gives what i18next gives for any name, plural and missing key', () => {
    const { fixed, cached } = translators();
    const cases: [ParleyKey, Record<string, string | number> | undefined][] = [
      ['input.send', undefined],
      ['session.menu.more', { name: 'Sam' }],
      ['pane.announce', { name: 'Sam', text: 'hi {{name}} $t(input.send)' }],
      ['session.mutedUnread', { count: 1 }],
      ['session.mutedUnread', { count: 7 }],
      ['session.menu.more', {}],
      ['session.menu.more', { name: 'Sam', extra: 'x' }],
      ['no.such.key' as ParleyKey, { name: 'Sam' }],
    ];
    for (const [key, options] of cases) {
      expect(cached.t(key, options)).toBe(fixed(key, options));
    }
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, text) => {
        expect(cached.t('pane.announce', { name, text })).toBe(
          fixed('pane.announce', { name, text }),
        );
      }),
    );
  });

  it('leaves nesting and formats in app strings to i18next', () => {
    const { fixed, cached } = translators({
      en: {
        session: { menu: { more: '$t(input.send) for {{name}}', label: '{{name, uppercase}}' } },
      },
    });
    expect(cached.t('session.menu.more', { name: 'Sam' })).toBe('Send for Sam');
    expect(cached.t('session.menu.label', { name: 'Sam' })).toBe(
      fixed('session.menu.label', { name: 'Sam' }),
    );
  });

  it('looks a string up once until cleared', () => {
    const { fixed } = translators();
    const spy = vi.fn(fixed);
    const cached = createCachedTranslator(spy, { fill: true });
    for (const name of ['Ann', 'Bob', 'Cy']) cached.t('session.menu.more', { name });
    cached.t('input.send');
    cached.t('input.send');
    for (const count of [1, 2, 1, 2]) cached.t('badge.unread', { count });
    expect(spy).toHaveBeenCalledTimes(4);
    cached.clear();
    cached.t('input.send');
    expect(spy).toHaveBeenCalledTimes(5);
  });
});
