import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
