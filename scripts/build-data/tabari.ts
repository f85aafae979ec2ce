import { readText } from './io.js';

/** One TABARI/PETRARCH actor code, optionally dated: `[CODE]`, `[CODE >from]`, `[CODE a-b]`. */
export interface TabariCode {
  code: string;
  dated: boolean;
  /** ISO start of a dated code ('' = open), from `a-b` or `>a`. */
  from?: string;
  /** ISO end of a dated code (null = open), from `a-b` or `<b`. */
  to?: string | null;
}

/** TABARI dates are YYMMDD (years up to 29 are 20xx) or YYYYMMDD → ISO YYYY-MM-DD. */
export function tabariDate(raw: string): string | undefined {
  const m = /^(\d{2}|\d{4})(\d{2})(\d{2})$/.exec(raw);
  if (!m) return undefined;
  const y = m[1] ?? '';
  const year = y.length === 4 ? y : Number(y) <= 29 ? `20${y}` : `19${y}`;
  return `${year}-${m[2]}-${m[3]}`;
}

/** `960618-990706`, `>090401`, `<950101` → ISO bounds; undefined when unreadable. */
function dateRange(text: string): { from: string; to: string | null } | undefined {
  const range = /^(\d+)-(\d+)$/.exec(text);
  if (range) {
    const from = tabariDate(range[1] ?? '');
    const to = tabariDate(range[2] ?? '');
    return from && to ? { from, to } : undefined;
  }
  const open = /^([<>])(\d+)$/.exec(text);
  const at = open ? tabariDate(open[2] ?? '') : undefined;
  if (!open || !at) return undefined;
  return open[1] === '>' ? { from: at, to: null } : { from: '', to: at };
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
    const range = rest.length > 0 ? dateRange(rest.join('')) : undefined;
    codes.push({ code, dated: rest.length > 0, ...range });
  }
  return codes;
}

/**
 * Parses a PETRARCH actor dictionary (format in shared/data/petrarch2/README.md). Entries left
 * without any code are dropped: PETRARCH gives them nothing to code either.
 */
export function readTabariActors(path: string, options?: { keepUncoded?: boolean }): TabariEntry[] {
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
  const keep = options?.keepUncoded ?? false;
  return entries.filter((e) => (keep || e.codes.length > 0) && e.names[0] !== '');
}
