import { fileURLToPath } from 'node:url';

/** The repository's `data/` folder; the same relative path from `src/doc` and `dist/doc`. */
const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export function dataPath(...parts: string[]): string {
  return [DATA_DIR.replace(/\/$/u, ''), ...parts].join('/');
}
