import { join } from 'node:path';
import type { DatedCode, Organisation } from '../../src/nlp/knowledge/types.js';
import { readTsv } from './io.js';

const CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/u;

/**
 * data/src/institutions.tsv: seats of government, legislatures and news agencies that news names
 * ("the Kremlin" → RUSGOV), compiled as organisations so the recogniser and linker code them.
 */
export function buildInstitutions(src: string): Organisation[] {
  const path = join(src, 'institutions.tsv');
  return readTsv(path).map((row, i) => {
    const code = row.code ?? '';
    if (!CODE.test(code)) throw new Error(`${path}: row ${i + 1}: bad actor code "${code}"`);
    const aliases = (row.variants ?? '').split('|').filter((v) => v !== '');
    return { name: row.name ?? '', aliases, code };
  });
}

const PERIOD = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?$/u;

/**
 * data/src/parties.tsv: parties with their country, their role out of government and their
 * periods in government (`<country>GOV`), compiled as organisations with dated codes.
 */
export function buildParties(src: string, countries: ReadonlySet<string>): Organisation[] {
  const path = join(src, 'parties.tsv');
  return readTsv(path).map((row, i) => {
    const where = `${path}: row ${i + 1}`;
    const country = row.country ?? '';
    if (!countries.has(country)) throw new Error(`${where}: unknown country "${country}"`);
    const out = row.out || 'OPP';
    if (!/^[A-Z]{3}$/u.test(out)) throw new Error(`${where}: bad role "${out}"`);
    const codes: DatedCode[] = (row.governs ?? '')
      .split('|')
      .filter((p) => p !== '')
      .map((p) => {
        const m = PERIOD.exec(p);
        if (!m) throw new Error(`${where}: bad period "${p}" (want YYYY-MM-DD..[YYYY-MM-DD])`);
        return { code: `${country}GOV`, start: m[1] ?? '', end: m[2] ?? null };
      });
    const aliases = (row.variants ?? '').split('|').filter((v) => v !== '');
    return { name: row.name ?? '', aliases, code: `${country}${out}`, country, codes };
  });
}
