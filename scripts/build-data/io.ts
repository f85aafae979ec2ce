import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Reads a UTF-8 text file, gunzipping `.gz`, with NUL bytes removed (CountryInfo has some). */
export function readText(path: string): string {
  const bytes = readFileSync(path);
  const raw = path.endsWith('.gz') ? gunzipSync(bytes) : bytes;
  return raw.toString('utf8').replaceAll('\u0000', '');
}

/** A header-row TSV (no quoting) as records; `#` lines and blank lines are skipped. */
export function readTsv(path: string): Record<string, string>[] {
  const lines = readText(path)
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = (lines.shift() ?? '').split('\t');
  return lines.map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

/** Splits one CSV line with RFC 4180 quoting. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

/** A header-row CSV as records (fields never contain newlines in the sets used here). */
export function readCsv(path: string): Record<string, string>[] {
  const lines = readText(path)
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const header = splitCsvLine(lines.shift() ?? '');
  return lines.map((line) => {
    const cells = splitCsvLine(line);
    return Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** Writes JSON with one top-level array element per line: small diffs, stable bytes. */
export function writeJson(path: string, value: unknown): number {
  mkdirSync(dirname(path), { recursive: true });
  let text: string;
  if (Array.isArray(value)) {
    text = `[\n${value.map((v) => JSON.stringify(v)).join(',\n')}\n]\n`;
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`,
    );
    text = `{\n${entries.join(',\n')}\n}\n`;
  } else text = `${JSON.stringify(value)}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}

/** Code-point order, independent of locale: the only order the generated files use. */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted unique strings. */
export function uniqSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byString);
}
