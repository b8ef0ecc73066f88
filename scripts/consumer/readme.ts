import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's README, as a user reads it. */
export const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The text of a section: from its heading to the next heading of the same or a higher level. */
export function section(heading: string, markdown = README): string {
  const level = heading.match(/^#+/)?.[0].length ?? 0;
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`README: no section "${heading}"`);
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && (line.match(/^#+/)?.[0].length ?? 0) <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

/** The first fenced code block of `lang` (`tsx`, `ts`) in a section, without its fences. */
export function codeBlock(heading: string, lang: string, markdown = README): string {
  const found = section(heading, markdown).match(
    new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\``, 'm'),
  );
  if (!found?.[1]) throw new Error(`README: no ${lang} block in "${heading}"`);
  return found[1];
}

/** The packages the README's `npm i` line installs. */
export function installedPackages(): string[] {
  const line = section('## Install')
    .split('\n')
    .find((l) => l.startsWith('npm i @parley/'));
  if (!line) throw new Error('README: no "npm i @parley/…" line under "## Install"');
  return line.split(/\s+/).slice(2);
}
