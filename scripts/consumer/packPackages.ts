import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The repository root. */
export const ROOT = join(import.meta.dirname, '../..');

/** A workspace package as its package.json describes it. */
export interface WorkspacePackage {
  dir: string;
  name: string;
  version: string;
  manifest: Record<string, unknown>;
}

/** The publishable packages under packages/. */
export function workspacePackages(): WorkspacePackage[] {
  return readdirSync(join(ROOT, 'packages'))
    .map((folder) => join(ROOT, 'packages', folder))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { dir, name: manifest.name, version: manifest.version, manifest };
    })
    .filter((pkg) => pkg.manifest.private !== true);
}

/** Sources that never reach dist: tests, benchmarks, stories and their helpers. */
const UNBUILT = /^(test|stories)$|\.(test|test-d|bench|stories)\./;

function newestMtime(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = readdirSync(path).filter((entry) => !UNBUILT.test(entry));
  return Math.max(0, ...entries.map((entry) => newestMtime(join(path, entry))));
}

/**
 * Packs every package with `pnpm pack` (as publishing would: workspace ranges become
 * versions) into `dest`, and returns each package's tarball by name. The packages must be
 * built, and built after their last source change.
 */
export function packPackages(dest: string): Map<string, string> {
  const packages = workspacePackages();
  for (const pkg of packages) {
    const dist = join(pkg.dir, 'dist');
    if (!existsSync(dist) || newestMtime(join(pkg.dir, 'src')) > newestMtime(dist)) {
      throw new Error(`${pkg.name}: dist is missing or older than src; run \`pnpm build\` first`);
    }
  }
  execFileSync('pnpm', ['-r', '--filter', './packages/**', 'pack', '--pack-destination', dest], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  return new Map(
    packages.map((pkg) => [
      pkg.name,
      join(dest, `${pkg.name.replace('@', '').replace('/', '-')}-${pkg.version}.tgz`),
    ]),
  );
}

/** Paths inside a tarball, without the leading `package/`. */
export function tarballFiles(tarball: string): string[] {
  return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((path) => path.replace(/^package\//, ''));
}

/** One file of a tarball, as text. */
export function tarballFile(tarball: string, path: string): string {
  return execFileSync('tar', ['-xzOf', tarball, `package/${path}`], { encoding: 'utf8' });
}
