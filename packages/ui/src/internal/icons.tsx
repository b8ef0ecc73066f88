import type { SVGProps } from 'react';

// Small stroke icons (24px grid, currentColor) so they follow the theme and never depend on
// the platform's emoji font. Always decorative: the control around them carries the label.
// Icons that point along the line (back, send) are `directional`: styles.css mirrors them in
// right-to-left text; the others mean the same either way round and are never mirrored.

type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'>;

function Icon({ d, directional, ...props }: IconProps & { d: string; directional?: boolean }) {
  return (
    <svg
      className="parley-icon"
      data-part="icon"
      data-directional={directional || undefined}
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d={d} />
    </svg>
  );
}

export const MoreIcon = (p: IconProps) => <Icon {...p} d="M5 12h.01M12 12h.01M19 12h.01" />;
export const CloseIcon = (p: IconProps) => <Icon {...p} d="M18 6 6 18M6 6l12 12" />;
export const PinIcon = (p: IconProps) => (
  <Icon {...p} d="M12 17v5M9 10.76V6h6v4.76l2 3.24H7zM8 2h8" />
);
export const BellOffIcon = (p: IconProps) => (
  <Icon
    {...p}
    d="M13.73 21a2 2 0 0 1-3.46 0M18.63 13A17.9 17.9 0 0 1 18 8M6.26 6.26A5.9 5.9 0 0 0 6 8c0 7-3 9-3 9h14M18 8a6 6 0 0 0-9.33-5M2 2l20 20"
  />
);
export const AlertIcon = (p: IconProps) => (
  <Icon {...p} d="M12 8v4M12 16h.01M22 12a10 10 0 1 1-20 0 10 10 0 0 1 20 0z" />
);
export const FileIcon = (p: IconProps) => (
  <Icon {...p} d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zM14 2v6h6" />
);
export const MapPinIcon = (p: IconProps) => (
  <Icon
    {...p}
    d="M20 10c0 6-8 12-8 12s-8-6-8-12a8 8 0 0 1 16 0zM12 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6z"
  />
);
export const ImageIcon = (p: IconProps) => (
  <Icon
    {...p}
    d="M19 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zM8.5 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3zM21 15l-5-5L5 21"
  />
);
export const PaperclipIcon = (p: IconProps) => (
  <Icon
    {...p}
    d="m21.44 11.05-9.19 9.19a6 6 0 0 1-8.49-8.49l9.19-9.19a4 4 0 0 1 5.66 5.66l-9.2 9.19a2 2 0 0 1-2.83-2.83l8.49-8.48"
  />
);
export const SendIcon = (p: IconProps) => (
  <Icon {...p} directional d="M22 2 11 13M22 2l-7 20-4-9-9-4z" />
);
export const BackIcon = (p: IconProps) => <Icon {...p} directional d="m15 18-6-6 6-6" />;
export const ComposeIcon = (p: IconProps) => (
  <Icon {...p} d="M12 20h9M16.5 3.5a2.12 2.12 0 0 1 3 3L7 19l-4 1 1-4z" />
);
