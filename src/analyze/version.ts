import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../doc/data-path.js';

const PACKAGE = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

let cached: string | undefined;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * Which pipeline coded an article: the package version and a digest of everything under `data/`
 * (dictionaries, lexicons, weights), e.g. `0.1.0+3f2a9c1d`. Stored with each article, so
 * `reprocess` can tell what an update changed.
 */
export function analysisVersion(): string {
  if (!cached) {
    const digest = createHash('sha256');
    for (const file of filesUnder(dataPath())) digest.update(file).update(readFileSync(file));
    cached = `${PACKAGE.version}+${digest.digest('hex').slice(0, 8)}`;
  }
  return cached;
}
