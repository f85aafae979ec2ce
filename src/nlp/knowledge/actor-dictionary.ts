import { badLine, dictionaryLines, phraseWords } from './dictionary-lines.js';

/** One code of an actor, valid between two ISO dates (either open). */
export interface DatedCode {
  readonly code: string;
  readonly from: string | null;
  readonly to: string | null;
}

export interface ActorName {
  /** Lower-case words. */
  readonly words: readonly string[];
  /** False: the last word is a stem ("ARGENTIN" matches Argentina, Argentine). */
  readonly exact: boolean;
  readonly line: number;
}

/** A dictionary entry: its names (the first line and its `+` synonyms) and its codes. */
export interface ActorEntry {
  readonly names: ActorName[];
  /** Dated codes first, in file order; a bare `[CODE]` is the default outside those periods. */
  readonly codes: DatedCode[];
  readonly file: string;
}

export interface ActorDictionary {
  readonly entries: readonly ActorEntry[];
  /** Conflicting entries (one name, two codes), reported as `file:line: …`; the first wins. */
  readonly warnings: readonly string[];
}

/** YYMMDD (00–30 → 20xx) or YYYYMMDD → YYYY-MM-DD. */
function isoOf(date: string, file: string, line: number): string {
  const d = date.length === 6 ? `${Number(date.slice(0, 2)) <= 30 ? '20' : '19'}${date}` : date;
  if (!/^\d{8}$/u.test(d)) throw badLine(file, line, `bad date ${date} (YYMMDD or YYYYMMDD)`);
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

const CODE_BLOCK = /\[([^\]]*)\]/gu;
const CODE = /^(?:[A-Za-z0-9~/]{1,30}|---|\+\+\+)$/u;

/** The `[CODE]`, `[CODE from-to]`, `[CODE >from]`, `[CODE <to]` blocks of one line. */
function codesOf(text: string, file: string, line: number): DatedCode[] {
  if ((text.match(/\[/gu) ?? []).length !== (text.match(/\]/gu) ?? []).length)
    throw badLine(file, line, 'unbalanced [ ]');
  return [...text.matchAll(CODE_BLOCK)].map((m) => {
    const [code = '', ...rest] = (m[1] ?? '').trim().split(/\s+/u);
    if (!CODE.test(code)) throw badLine(file, line, `bad actor code [${m[1]}]`);
    const range = rest.join('');
    if (range === '') return { code, from: null, to: null };
    const span = /^(?:(\d{6,8})-(\d{6,8})|>(\d{6,8})|<(\d{6,8}))$/u.exec(range);
    if (!span) throw badLine(file, line, `bad date range [${m[1]}]`);
    const iso = (d: string | undefined) => (d ? isoOf(d, file, line) : null);
    return { code, from: iso(span[1] ?? span[3]), to: iso(span[2] ?? span[4]) };
  });
}

/** Parses a PETRARCH/TABARI `.actors` file. */
export function parseActors(
  source: string,
  file: string,
  options?: { lenient?: boolean },
): ActorDictionary {
  const entries: ActorEntry[] = [];
  const warnings: string[] = [];
  let current: ActorEntry | undefined;
  for (const { text, line, indented } of dictionaryLines(source)) {
    const bracket = text.indexOf('[');
    const name = (bracket >= 0 ? text.slice(0, bracket) : text).trim();
    let codes: DatedCode[];
    try {
      codes = codesOf(text, file, line);
    } catch (error) {
      // Lenient: upstream dictionaries carry a few typos ("9008223"); skip the line, report it.
      if (!options?.lenient) throw error;
      warnings.push(error instanceof Error ? error.message : String(error));
      continue;
    }
    if (indented && name === '') {
      if (!current) throw badLine(file, line, 'code line before any actor');
      current.codes.push(...codes);
      continue;
    }
    const synonym = name.startsWith('+');
    const { words, exact } = phraseWords(synonym ? name.slice(1) : name);
    if (words.length === 0) throw badLine(file, line, 'no actor name before the code');
    if (synonym && !current) throw badLine(file, line, '+synonym before any actor');
    if (!synonym || !current) {
      current = { names: [], codes: [], file };
      entries.push(current);
    }
    current.names.push({ words, exact, line });
    current.codes.push(...codes);
  }
  const coded = entries.filter((e) => e.codes.length > 0);
  return { entries: coded, warnings: [...warnings, ...conflicts(coded)] };
}

const codeList = (e: ActorEntry) =>
  e.codes.map((c) => `${c.code} ${c.from ?? ''}-${c.to ?? ''}`).join(',');

/** One name given two different codings: reported, and the first entry wins. */
function conflicts(entries: readonly ActorEntry[]): string[] {
  const seen = new Map<string, { entry: ActorEntry; line: number }>();
  const out: string[] = [];
  for (const entry of entries) {
    for (const name of entry.names) {
      const key = `${name.words.join(' ')}${name.exact ? '_' : ''}`;
      const first = seen.get(key);
      if (!first) seen.set(key, { entry, line: name.line });
      else if (first.entry !== entry && codeList(first.entry) !== codeList(entry))
        out.push(
          `${entry.file}:${name.line}: ${key} is coded [${codeList(entry)}] here and [${codeList(first.entry)}] at ${first.entry.file === entry.file ? 'line ' : `${first.entry.file}:`}${first.line}; the first wins`,
        );
    }
  }
  return out;
}

/**
 * Names that two dictionary files code differently (`a.actors` says GON, `b.actors` GND), reported
 * as `file:line: …`; the entry of the file given first wins. Conflicts inside one file are already
 * in that file's `warnings`.
 */
export function conflictsAcrossFiles(dictionaries: readonly ActorDictionary[]): string[] {
  const files = (d: ActorDictionary) => new Set(d.entries.map((e) => e.file));
  if (new Set(dictionaries.flatMap((d) => [...files(d)])).size < 2) return [];
  const inOneFile = new Set(dictionaries.flatMap((d) => conflicts(d.entries)));
  return conflicts(dictionaries.flatMap((d) => d.entries)).filter((w) => !inOneFile.has(w));
}

/** The entry's code on an ISO date (null: the default code): a period holding the date, else the bare code. */
export function codeOn(entry: ActorEntry, date: string | null): string | null {
  const day = date && date.length >= 10 ? date.slice(0, 10) : null;
  let fallback: string | null = null;
  for (const c of entry.codes) {
    if (c.from === null && c.to === null) fallback ??= c.code;
    else if (day && (c.from === null || c.from <= day) && (c.to === null || day <= c.to))
      return usable(c.code);
  }
  if (fallback === null && !day) fallback = entry.codes.at(-1)?.code ?? null;
  return fallback === null ? null : usable(fallback);
}

/** `---` and `+++` mark a name that must not be coded. */
function usable(code: string): string | null {
  return code === '---' || code === '+++' ? null : code;
}
