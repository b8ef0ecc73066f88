import type { TFunction } from 'i18next';
import type { ParleyT, TranslateOptions } from './ParleyKey.ts';

/** A {@link ParleyT} that remembers lookups, and `clear` to forget them when strings change. */
export interface CachedTranslator {
  t: ParleyT;
  clear: () => void;
}

/** Options that change which string i18next picks, not only what fills it. */
const SELECTORS = new Set(['count', 'context', 'ordinal']);
const PLACEHOLDER = /\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g;
/** Anything i18next would do beyond plain `{{name}}` substitution: nesting, formats, unescaped. */
const ADVANCED = /\$t\(|\{\{[^}]*[,-]/;

/** A template and the names it fills, or `null` when only i18next can render it. */
type Template = { text: string; names: ReadonlySet<string> } | null;

function parseTemplate(text: string): Template {
  if (ADVANCED.test(text)) return null;
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  // Braces that are not a plain placeholder (e.g. `{{ a.b }}`) are left to i18next.
  if (text.replace(PLACEHOLDER, '').includes('{{')) return null;
  return { text, names };
}

/** Plural strings filled with nothing but their count are cached up to this many. */
const MAX_COUNTED = 1000;

/** The count, when `options` holds nothing else. */
function onlyCount(options: TranslateOptions): number | undefined {
  let count: number | undefined;
  for (const name in options) {
    const value = options[name];
    if (name !== 'count' || typeof value !== 'number') return undefined;
    count = value;
  }
  return count;
}

function fillsExactly(template: NonNullable<Template>, options: TranslateOptions): boolean {
  let given = 0;
  for (const name in options) {
    if (SELECTORS.has(name) || !template.names.has(name)) return false;
    given++;
  }
  return given === template.names.size;
}

/**
 * Wraps an i18next `t` bound to one language and namespace. A list of thousands of rows asks
 * for the same few strings again and again, often filled with a name: i18next resolves the
 * key, fallbacks and interpolation on every call, which dominated a 10,000-row list's mount.
 * Strings without options are cached; a string whose options only fill plain `{{name}}`
 * placeholders is filled from its cached template, and a plural filled only with its count is
 * cached per count. Context, nesting and formats go through i18next every time, so the result
 * is always what i18next would return.
 */
export function createCachedTranslator(
  fixed: TFunction,
  {
    fill,
  }: { /** Fill templates here; only right when i18next does not escape values. */ fill: boolean },
): CachedTranslator {
  const plain = new Map<string, string>();
  const templates = new Map<string, Template>();
  const counted = new Map<string, string>();
  const t: ParleyT = (key, options) => {
    if (options === undefined) {
      let text = plain.get(key);
      if (text === undefined) {
        text = fixed(key);
        plain.set(key, text);
      }
      return text;
    }
    const count = onlyCount(options);
    if (count !== undefined) {
      // Badges and counters ask for the same few plurals in every row.
      const id = `${key}\u0000${count}`;
      let text = counted.get(id);
      if (text === undefined) {
        if (counted.size >= MAX_COUNTED) counted.clear();
        text = fixed(key, options);
        counted.set(id, text);
      }
      return text;
    }
    let template = fill ? templates.get(key) : null;
    if (template === undefined) {
      template = parseTemplate(fixed(key, { skipInterpolation: true }));
      templates.set(key, template);
    }
    if (!fill || template === null || !fillsExactly(template, options)) return fixed(key, options);
    return template.text.replace(PLACEHOLDER, (_, name: string) => String(options[name]));
  };
  return {
    t,
    clear: () => {
      plain.clear();
      templates.clear();
      counted.clear();
    },
  };
}
