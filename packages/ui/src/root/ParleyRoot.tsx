import type { i18n as I18n } from 'i18next';
import { type HTMLAttributes, type ReactNode, useMemo, useState } from 'react';
import { LocaleProvider } from '../i18n/LocaleProvider.tsx';
import type { ParleyResources } from '../i18n/locales/LocaleOverrides.ts';
import { PortalContainerContext } from '../internal/PortalContainer.tsx';
import { DEFAULT_REACTIONS, ReactionSetContext } from '../reactions/ReactionSet.ts';
import type { ParleyTheme } from '../theme/themeTokens.ts';
import { themeToStyle } from '../theme/themeToStyle.ts';

/** Color scheme of a Parley root: a fixed preset, or `system` to follow `prefers-color-scheme`. */
export type ParleyColorScheme = 'light' | 'dark' | 'system';

/** Props of {@link ParleyRoot}. */
export interface ParleyRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /**
   * Token overrides, applied as inline CSS variables on the root; tokens that follow from
   * the given ones are derived (the text on `colorAccent`, own bubbles, links, focus ring and
   * selected row, readable in light and dark). Default: none.
   */
  theme?: ParleyTheme;
  /** Preset. Default `'light'`. */
  colorScheme?: ParleyColorScheme;
  /** BCP 47 locale. Default `'en'`. */
  locale?: string;
  /**
   * String overrides per locale, typed by key (a misspelled key fails type-checking). Keep the
   * object stable (module constant or `useMemo`).
   */
  resources?: ParleyResources;
  /** A shared instance from `createParleyI18n`, instead of one per root. */
  i18n?: I18n;
  /**
   * The quick reactions offered over a message and atop its menu (emoji or app keys, each
   * 1–32 characters); the fuller picker lists them first. Keep the array stable. Default
   * `DEFAULT_REACTIONS`: 👍 ❤️ 😂 😮 😢 🙏.
   */
  reactions?: readonly string[];
  children?: ReactNode;
}

/**
 * The element every Parley UI sits in: it carries the theme (preset and token overrides),
 * provides the locale, and hosts portaled menus and dialogs so they inherit both.
 */
export function ParleyRoot({
  theme,
  colorScheme = 'light',
  locale,
  resources,
  i18n,
  reactions = DEFAULT_REACTIONS,
  className,
  style,
  children,
  ...rest
}: ParleyRootProps) {
  const [portal, setPortal] = useState<HTMLDivElement | null>(null);
  // Apps often pass a new theme object each render: derive again only when a value changes.
  const themeKey = theme ? JSON.stringify(theme) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the theme's values
  const themeStyle = useMemo(() => themeToStyle(theme), [themeKey]);
  return (
    <div
      {...rest}
      className={className ? `parley-root ${className}` : 'parley-root'}
      data-part="root"
      data-parley-theme={colorScheme}
      style={{ ...themeStyle, ...style }}
    >
      <LocaleProvider locale={locale} resources={resources} i18n={i18n}>
        <ReactionSetContext.Provider value={reactions}>
          <PortalContainerContext.Provider value={portal}>
            {children}
            <div ref={setPortal} className="parley-portal" data-part="portal" />
          </PortalContainerContext.Provider>
        </ReactionSetContext.Provider>
      </LocaleProvider>
    </div>
  );
}
