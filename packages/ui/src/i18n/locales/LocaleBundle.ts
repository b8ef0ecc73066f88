/** A tree of translation strings; leaves are i18next strings with `{{placeholders}}`. */
export interface LocaleBundle {
  readonly [key: string]: string | LocaleBundle;
}

/** Any subset of a bundle, for app overrides. */
export type LocaleOverrides = {
  readonly [key: string]: string | LocaleOverrides | undefined;
};
