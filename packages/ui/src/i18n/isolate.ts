/**
 * Wraps text that people wrote (a name, a file name, a quoted message) for a sentence in the
 * UI's language: between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, it runs in its own
 * direction and cannot reorder the words around it, so a Hebrew name in an English sentence
 * (or an English one in Arabic) reads right. Invisible; empty text stays empty.
 */
export function isolate(text: string): string {
  return text ? `\u2068${text}\u2069` : text;
}
