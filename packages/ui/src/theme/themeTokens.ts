/**
 * Every design token and the CSS custom property it sets. `styles.css` defines each of them
 * for the light preset (and the colors again for dark); a `theme` prop overrides any subset.
 */
export const themeTokenVars = {
  // Colors
  colorBg: '--parley-color-bg',
  colorSurface: '--parley-color-surface',
  colorSurfaceRaised: '--parley-color-surface-raised',
  colorHover: '--parley-color-hover',
  colorSelected: '--parley-color-selected',
  colorText: '--parley-color-text',
  colorTextMuted: '--parley-color-text-muted',
  colorBorder: '--parley-color-border',
  colorAccent: '--parley-color-accent',
  colorAccentText: '--parley-color-accent-text',
  colorDanger: '--parley-color-danger',
  colorSuccess: '--parley-color-success',
  colorFocus: '--parley-color-focus',
  colorOverlay: '--parley-color-overlay',
  colorBubbleIn: '--parley-color-bubble-in',
  colorBubbleInText: '--parley-color-bubble-in-text',
  colorBubbleOut: '--parley-color-bubble-out',
  colorBubbleOutText: '--parley-color-bubble-out-text',
  colorBadge: '--parley-color-badge',
  colorBadgeText: '--parley-color-badge-text',
  colorBadgeMuted: '--parley-color-badge-muted',
  colorLink: '--parley-color-link',
  // Radii
  radiusSm: '--parley-radius-sm',
  radiusMd: '--parley-radius-md',
  radiusLg: '--parley-radius-lg',
  radiusBubble: '--parley-radius-bubble',
  radiusFull: '--parley-radius-full',
  // Spacing
  space1: '--parley-space-1',
  space2: '--parley-space-2',
  space3: '--parley-space-3',
  space4: '--parley-space-4',
  space6: '--parley-space-6',
  // Typography
  fontFamily: '--parley-font-family',
  fontSizeSm: '--parley-font-size-sm',
  fontSizeMd: '--parley-font-size-md',
  fontSizeLg: '--parley-font-size-lg',
  lineHeight: '--parley-line-height',
  // Shadows
  shadowSm: '--parley-shadow-sm',
  shadowMd: '--parley-shadow-md',
  // Sizes
  avatarSize: '--parley-avatar-size',
} as const;

/** Name of a design token, e.g. `colorAccent`. */
export type ParleyThemeToken = keyof typeof themeTokenVars;

/** A theme: any subset of tokens, each a CSS value (`'#0a7cff'`, `'12px'`, `'Inter, sans-serif'`). */
export type ParleyTheme = Partial<Record<ParleyThemeToken, string>>;

/** Token names, in definition order. */
export const themeTokens = Object.keys(themeTokenVars) as ParleyThemeToken[];
