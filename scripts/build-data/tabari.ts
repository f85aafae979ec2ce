import { readText } from './io.js';

/** One TABARI/PETRARCH actor code, optionally dated: `[CODE]`, `[CODE >from]`, `[CODE a-b]`. */
export interface TabariCode {
  code: string;
  dated: boolean;
}

/** One actor entry: its head phrase, `+` synonyms and codes, phrases already space-separated. */
export interface TabariEntry {
  names: string[];
  codes: TabariCode[];
  comment: string;
}

/** "UNITED_NATIONS_" → "UNITED NATIONS": underscores join words; a trailing one means "no stemming". */
export function tabariPhrase(raw: string): string {
  return raw.replace(/[_\s]+/g, ' ').trim();
}

function parseCodes(text: string): TabariCode[] {
  const codes: TabariCode[] = [];
  for (const m of text.matchAll(/\[([^\]]*)\]/g)) {
    const [code = '', ...rest] = (m[1] ?? '').trim().split(/\s+/);
    if (code === '' || code.startsWith('-')) continue;
    codes.push({ code, dated: rest.length > 0 });
  }
  return codes;
}

/**
 * Parses a PETRARCH actor dictionary (format in shared/data/petrarch2/README.md). Entries left
 * without any code are dropped: PETRARCH gives them nothing to code either.
 */
export function readTabariActors(path: string): TabariEntry[] {
  const entries: TabariEntry[] = [];
  let current: TabariEntry | undefined;
  for (const rawLine of readText(path).split(/\r?\n/)) {
    const hash = rawLine.indexOf('#');
    const comment = hash >= 0 ? rawLine.slice(hash + 1).trim() : '';
    const line = hash >= 0 ? rawLine.slice(0, hash) : rawLine;
    if (line.trim() === '') continue;
    if (/^\s+\[/.test(line) && current) {
      current.codes.push(...parseCodes(line));
      continue;
    }
    const bracket = line.indexOf('[');
    const namePart = bracket >= 0 ? line.slice(0, bracket) : line;
    const codes = bracket >= 0 ? parseCodes(line.slice(bracket)) : [];
    if (line.startsWith('+') && current) {
      current.names.push(tabariPhrase(namePart.slice(1)));
      current.codes.push(...codes);
      continue;
    }
    current = { names: [tabariPhrase(namePart)], codes, comment };
    entries.push(current);
  }
  return entries.filter((e) => e.codes.length > 0 && e.names[0] !== '');
}
