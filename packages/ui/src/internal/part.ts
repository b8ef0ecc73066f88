/** Props that make an element a styleable part: `class="parley-<name>"` and `data-part`. */
export interface PartProps {
  className: string;
  'data-part': string;
}

/**
 * Anatomy helper: every visual part gets the same class and data attribute, so themes target
 * `.parley-<name>` or `[data-part="<name>"]` and never component internals.
 */
export function part(name: string, extraClass?: string): PartProps {
  return {
    className: extraClass ? `parley-${name} ${extraClass}` : `parley-${name}`,
    'data-part': name,
  };
}
