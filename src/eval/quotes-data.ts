import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A gold span, possibly discontinuous: `[start, end)` pieces into the article text. */
export type Pieces = readonly (readonly [number, number])[];

/** One gold attribution: what was said (content), by whom (source, absent for "it was reported"). */
export interface GoldAttribution {
  readonly content: Pieces;
  readonly source: Pieces | null;
  readonly cue: Pieces | null;
  /** The content holds a quotation mark: a direct or mixed quote. */
  readonly direct: boolean;
}

export interface GoldArticle {
  readonly name: string;
  readonly text: string;
  readonly published: string | null;
  readonly attributions: GoldAttribution[];
}

/** Quotation marks: straight, curly, and the doubled apostrophe `''` of the New York Times texts. */
/** Characters shared by `[start, end)` and the pieces. */
export function overlap(start: number, end: number, pieces: Pieces): number {
  return pieces.reduce((n, [s, e]) => n + Math.max(0, Math.min(end, e) - Math.max(start, s)), 0);
}

const QUOTE_MARK = /["“”]|''/u;

function parsePieces(ranges: string): Pieces {
  return ranges.split(';').map((range) => {
    const [start, end] = range.trim().split(' ').map(Number);
    return [start ?? 0, end ?? 0] as const;
  });
}

/** Parses a brat `.ann` of PolNeAR: `T` spans and `E` attribution events over them. */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, Pieces>();
  const events: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (/^T\d+$/u.test(id)) {
      const space = body.indexOf(' ');
      spans.set(id, parsePieces(body.slice(space + 1)));
    } else if (/^E\d+$/u.test(id)) {
      const roles = new Map<string, string>();
      for (const arg of body.trim().split(/\s+/u)) {
        const [role, ref] = arg.split(':');
        if (role && ref) roles.set(role, ref);
      }
      events.push(roles);
    }
  }
  const found: GoldAttribution[] = [];
  for (const roles of events) {
    const source = spans.get(roles.get('Source') ?? '') ?? null;
    const cue = spans.get(roles.get('Cue') ?? '') ?? null;
    for (const role of ['Content', 'Content2']) {
      const content = spans.get(roles.get(role) ?? '');
      if (!content) continue;
      const words = content.map(([s, e]) => text.slice(s, e)).join(' ');
      found.push({ content, source, cue, direct: QUOTE_MARK.test(words) });
    }
  }
  return found;
}

interface MetaRow {
  annotators: string[];
  published: string | null;
}

/** `metadata.tsv` beside the split folder or in it: file stem → annotators and date. */
function readMetadata(dir: string): Map<string, MetaRow> {
  const rows = new Map<string, MetaRow>();
  const path = [join(dir, 'metadata.tsv'), join(dirname(dir), 'metadata.tsv')].find(existsSync);
  if (!path) return rows;
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n');
  const columns = header?.split('\t') ?? [];
  const at = (name: string) => columns.indexOf(name);
  for (const line of lines) {
    const cells = line.split('\t');
    const file = cells[at('filename')];
    if (!file) continue;
    const date = cells[at('publication_date')] ?? '';
    rows.set(file, {
      annotators: (cells[at('annotators')] ?? '').split('|').filter(Boolean),
      published: /^\d{4}-\d{2}-\d{2}$/u.test(date) ? date : null,
    });
  }
  return rows;
}

/**
 * The articles of a folder in the PolNeAR layout (`text/*.txt`, `attributions/*_<annotator>.ann`).
 * Where several annotators did one article, the first listed in `metadata.tsv` is used, else the
 * first by name: the choice is reproducible.
 */
export function loadGoldArticles(dir: string): GoldArticle[] {
  const meta = readMetadata(dir);
  const anns = readdirSync(join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort();
  const articles: GoldArticle[] = [];
  for (const file of readdirSync(join(dir, 'text')).sort()) {
    if (!file.endsWith('.txt')) continue;
    const stem = basename(file, '.txt');
    const candidates = anns.filter(
      (a) => /^_[0-9a-z]+\.ann$/u.test(a.slice(stem.length)) && a.startsWith(stem),
    );
    const row = meta.get(stem);
    const preferred = row?.annotators
      .map((annotator) => `${stem}_${annotator}.ann`)
      .find((a) => candidates.includes(a));
    const chosen = preferred ?? candidates[0];
    if (!chosen) continue;
    const text = readFileSync(join(dir, 'text', file), 'utf8');
    const ann = readFileSync(join(dir, 'attributions', chosen), 'utf8');
    articles.push({
      name: stem,
      text,
      published: row?.published ?? null,
      attributions: parseAnn(ann, text),
    });
  }
  return articles;
}
