/** A tree of translation strings; leaves are i18next strings with `{{placeholders}}`. */
export interface LocaleBundle {
  readonly [key: string]: string | LocaleBundle;
}
