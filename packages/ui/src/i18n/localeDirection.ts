/** The direction a locale's script is written in. */
export type WritingDirection = 'ltr' | 'rtl';

// Languages written right to left by default, and scripts that are, for engines without
// `Intl.Locale`'s text info (Firefox before it shipped, older Safari).
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'nqo',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const RTL_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Syrc', 'Thaa']);

interface TextInfo {
  direction?: string;
}
/** `getTextInfo()` (current engines) and the `textInfo` accessor (earlier V8) are not in every lib. */
interface LocaleWithTextInfo extends Intl.Locale {
  getTextInfo?: () => TextInfo;
  textInfo?: TextInfo;
}

/**
 * Whether `locale` (a BCP 47 tag) is written right to left: `rtl` for Arabic, Hebrew, Persian,
 * Urdu and other right-to-left scripts (`pa-Arab` too), `ltr` for the rest and for tags `Intl`
 * cannot parse.
 */
export function localeDirection(locale: string): WritingDirection {
  let parsed: LocaleWithTextInfo;
  try {
    parsed = new Intl.Locale(locale);
  } catch {
    return 'ltr';
  }
  const info = parsed.getTextInfo?.() ?? parsed.textInfo;
  if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  if (parsed.script) return RTL_SCRIPTS.has(parsed.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(parsed.language) ? 'rtl' : 'ltr';
}
