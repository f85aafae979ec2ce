import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { RawDocument } from '../src/sources/raw-document.js';

/** The `lang_guess` pages of an extraction-dev folder, gunzipped into memory; null if the folder is missing. */
export function loadPages(dir: string, lang: string, limit: number): RawDocument[] | null {
  const manifest = join(dir, 'manifest.tsv');
  if (!existsSync(manifest)) return null;
  const [header, ...lines] = readFileSync(manifest, 'utf8').split('\n');
  const columns = header?.split('\t') ?? [];
  const fileAt = columns.indexOf('file');
  const urlAt = columns.indexOf('url');
  const langAt = columns.indexOf('lang_guess');
  const pages: RawDocument[] = [];
  for (const line of lines) {
    const cells = line.split('\t');
    const file = cells[fileAt];
    if (!file || cells[langAt] !== lang) continue;
    const bytes = gunzipSync(readFileSync(join(dir, 'html', `${file}.gz`)));
    const url = cells[urlAt] || null;
    pages.push({ name: file, bytes, url, headers: {}, fetchedAt: null, mediaType: 'text/html' });
    if (pages.length >= limit) break;
  }
  return pages;
}

export interface BenchSetup {
  dir: string;
  rounds: number;
  json: boolean;
  pages: RawDocument[];
}

/**
 * The command line every page bench shares (`--data DIR --limit N --rounds R --json`) and its
 * pages, loaded before any timing; exits 2 naming the folder when it is missing.
 */
export function benchSetup(name: string): BenchSetup {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      limit: { type: 'string' },
      rounds: { type: 'string', default: '3' },
      json: { type: 'boolean', default: false },
    },
  });
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = values.data ? resolve(values.data) : resolve(root, '../shared/data/extraction-dev');
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
  const pages = loadPages(dir, 'en', limit);
  if (!pages) {
    console.error(`${name}: data folder not found (no manifest.tsv): ${dir}`);
    process.exit(2);
  }
  return { dir, rounds: Math.max(1, Number(values.rounds) || 3), json: values.json, pages };
}
