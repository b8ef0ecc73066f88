import { createElement } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import { ParleyRoot, type ParleyRootProps } from '../root/ParleyRoot.tsx';
import { createParleyI18n } from './createParleyI18n.ts';
import type { ParleyResources } from './locales/LocaleOverrides.ts';

describe('resources are typed by key', () => {
  it('takes any subset of the strings, for any locale, with every plural form', () => {
    const resources = {
      en: { input: { placeholder: 'Say hi' }, newChat: { open: 'Start a chat' } },
      // Russian needs the `few` and `many` forms English does not have.
      ru: { badge: { unread_few: '{{count}} непрочитанных', unread_many: '{{count}} …' } },
    } satisfies ParleyResources;
    expectTypeOf(resources).toExtend<NonNullable<ParleyRootProps['resources']>>();
    // As JSX would pass it (a .ts file keeps this test out of the package's build).
    const root = createElement(ParleyRoot, {
      resources: { 'zh-CN': { input: { placeholder: '说点什么' } } },
    });
    expectTypeOf(root).not.toBeAny();
  });

  it('fails on a misspelled key, a made-up section and a string for a section', () => {
    const root = createElement(ParleyRoot, {
      // @ts-expect-error `placeholdr` is not a key of `input`
      resources: { en: { input: { placeholdr: 'Say hi' } } },
    });
    expectTypeOf(root).not.toBeAny();
    // @ts-expect-error in a constant checked with `satisfies`
    const typo = { en: { input: { placeholdr: 'Say hi' } } } satisfies ParleyResources;
    // @ts-expect-error `inputs` is not a section
    createParleyI18n({ resources: { en: { inputs: { placeholder: 'Say hi' } } } });
    // @ts-expect-error `input` is a section, not a string
    const flat: ParleyResources = { en: { input: 'Say hi' } };
    // A constant of its own type still has nothing in common with the section.
    const loose = { en: { input: { placeholdr: 'Say hi' } } };
    // @ts-expect-error `placeholdr` shares no key with `input`
    const later: ParleyResources = loose;
    expectTypeOf([typo, flat, later]).not.toBeAny();
  });
});
