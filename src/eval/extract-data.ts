import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One annotated page of a folder in the extraction-dev layout (evaldata.json, html/*.gz, manifest.tsv). */
export interface EvalPage {
  url: string;
  file: string;
  with: string[];
  without: string[];
  lang: string | null;
}

interface EvalEntry {
  file: string;
  with?: string[];
  without?: string[];
}

export function loadEvalPages(dir: string): EvalPage[] {
  const data = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    EvalEntry
  >;
  const langs = manifestLangs(dir);
  return Object.entries(data).map(([url, entry]) => ({
    url,
    file: entry.file,
    with: entry.with ?? [],
    without: entry.without ?? [],
    lang: langs.get(entry.file) ?? null,
  }));
}

export function readPageBytes(dir: string, page: EvalPage): Uint8Array {
  return gunzipSync(readFileSync(join(dir, 'html', `${page.file}.gz`)));
}

/** `file` → `lang_guess` from manifest.tsv; empty when the folder has none. */
function manifestLangs(dir: string): Map<string, string> {
  const langs = new Map<string, string>();
  let text: string;
  try {
    text = readFileSync(join(dir, 'manifest.tsv'), 'utf8');
  } catch {
    return langs;
  }
  const [header, ...rows] = text.split('\n');
  const columns = header?.split('\t') ?? [];
  const fileAt = columns.indexOf('file');
  const langAt = columns.indexOf('lang_guess');
  for (const row of rows) {
    const cells = row.split('\t');
    const file = cells[fileAt];
    const lang = cells[langAt];
    if (file && lang) langs.set(file, lang);
  }
  return langs;
}
