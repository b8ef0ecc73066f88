import { DirectionProvider } from '@radix-ui/react-direction';
import type { i18n as I18n } from 'i18next';
import { type HTMLAttributes, type ReactNode, useMemo, useState } from 'react';
import { LocaleProvider } from '../i18n/LocaleProvider.tsx';
import type { WritingDirection } from '../i18n/localeDirection.ts';
import type { ParleyResources } from '../i18n/locales/LocaleOverrides.ts';
import { useLocale } from '../i18n/useT.ts';
import { PortalContainerContext } from '../internal/PortalContainer.tsx';
import { DEFAULT_REACTIONS, ReactionSetContext } from '../reactions/ReactionSet.ts';
import type { ParleyTheme } from '../theme/themeTokens.ts';
import { themeToStyle } from '../theme/themeToStyle.ts';
import { useRootDirection } from './useRootDirection.ts';

/** Color scheme of a Parley root: a fixed preset, or `system` to follow `prefers-color-scheme`. */
export type ParleyColorScheme = 'light' | 'dark' | 'system';

/** Props of {@link ParleyRoot}. */
export interface ParleyRootProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'dir'> {
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
   * Writing direction. Default: the one an ancestor sets with a `dir` attribute (the app's
   * `<html dir>`), else the locale's: `rtl` for Arabic, Hebrew and other right-to-left
   * languages, `ltr` for the rest. Everything mirrors with it: sides, bubbles, menus, icons.
   */
  dir?: WritingDirection;
  /**
   * The quick reactions offered over a message and atop its menu (emoji or app keys, each
   * 1–32 characters); the fuller picker lists them first. Keep the array stable. Default
   * `DEFAULT_REACTIONS`: 👍 ❤️ 😂 😮 😢 🙏.
   */
  reactions?: readonly string[];
  children?: ReactNode;
}

/**
 * The element every Parley UI sits in: it carries the theme (preset and token overrides), the
 * locale (`lang`) and the writing direction (`dir`), and hosts portaled menus and dialogs so
 * they inherit all three.
 */
export function ParleyRoot({ locale, resources, i18n, ...props }: ParleyRootProps) {
  return (
    <LocaleProvider locale={locale} resources={resources} i18n={i18n}>
      <RootElement {...props} />
    </LocaleProvider>
  );
}

function RootElement({
  theme,
  colorScheme = 'light',
  dir,
  reactions = DEFAULT_REACTIONS,
  className,
  style,
  children,
  ...rest
}: Omit<ParleyRootProps, 'locale' | 'resources' | 'i18n'>) {
  const { tag, direction: localeDirection } = useLocale();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const [portal, setPortal] = useState<HTMLDivElement | null>(null);
  const direction = useRootDirection(root, dir, localeDirection);
  // Apps often pass a new theme object each render: derive again only when a value changes.
  const themeKey = theme ? JSON.stringify(theme) : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by the theme's values
  const themeStyle = useMemo(() => themeToStyle(theme), [themeKey]);
  return (
    <div
      lang={tag}
      {...rest}
      ref={setRoot}
      dir={direction.attribute}
      className={className ? `parley-root ${className}` : 'parley-root'}
      data-part="root"
      data-parley-theme={colorScheme}
      style={{ ...themeStyle, ...style }}
    >
      <DirectionProvider dir={direction.value}>
        <ReactionSetContext.Provider value={reactions}>
          <PortalContainerContext.Provider value={portal}>
            {children}
            <div ref={setPortal} className="parley-portal" data-part="portal" />
          </PortalContainerContext.Provider>
        </ReactionSetContext.Provider>
      </DirectionProvider>
    </div>
  );
}
