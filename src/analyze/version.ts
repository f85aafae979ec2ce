import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataPath } from '../doc/data-path.js';

const PACKAGE = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** The folders of `data/` that the default pipeline loads. NOTE: coupled to `resources.ts` and `components.ts`. */
const PIPELINE_DATA = ['src', 'lexicon', 'cameo'];

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
 * Which pipeline coded an article: the package version and a digest of the data it loads
 * (dictionaries, lexicons, codebook), e.g. `0.1.0+3f2a9c1d`. Stored with each article, so
 * `reprocess` can tell what an update changed.
 */
export function analysisVersion(): string {
  if (!cached) {
    const digest = createHash('sha256');
    for (const dir of PIPELINE_DATA) {
      for (const file of filesUnder(dataPath(dir))) digest.update(file).update(readFileSync(file));
    }
    cached = `${PACKAGE.version}+${digest.digest('hex').slice(0, 8)}`;
  }
  return cached;
}
