import { join } from 'node:path';
import type { Organisation } from '../../src/nlp/knowledge/types.js';
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
