import { join } from 'node:path';
import { phraseKey } from '../../src/nlp/knowledge/phrase.js';
import type { OfficeRole, RoleNoun, Title } from '../../src/nlp/knowledge/types.js';
import { byString, readText, readTsv } from './io.js';

const IMPLIES = new Set<string>(['HOS', 'HOS_REP', 'HOG', 'FOR', 'DEF', 'INT', 'FIN', 'MIL']);

/** Refuses empty or duplicated words, as trafilatura's `_alt()` refuses an empty group. */
function checkWords(words: string, file: string): string {
  if (phraseKey(words) === '') throw new Error(`${file}: empty words`);
  return words;
}

/**
 * Phoenix.agents.txt: `WORDS {plurals} [~CODE]`, `!SET! = A, B` substitution sets, `_` joins words.
 * Without braces the plural adds S (TABARI convention); `{}` means no plural.
 */
function phoenixAgents(path: string): RoleNoun[] {
  const sets = new Map<string, string[]>();
  const out: RoleNoun[] = [];
  for (const raw of readText(path).split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const set = /^(![A-Z]+!)\s*=\s*(.*)$/.exec(line);
    if (set) {
      sets.set(
        set[1] ?? '',
        (set[2] ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
      continue;
    }
    const m = /^([^{[]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]+)\]/.exec(line);
    if (!m) continue;
    const head = (m[1] ?? '').trim();
    const role = m[3] ?? '';
    const subst = /![A-Z]+!/.exec(head);
    const forms = subst ? (sets.get(subst[0]) ?? []).map((s) => head.replace(subst[0], s)) : [head];
    if (!subst) {
      const braces = m[2];
      if (braces === undefined) forms.push(`${head}S`);
      else forms.push(...braces.slice(1, -1).split(/\s+/).filter(Boolean));
    }
    for (const f of forms)
      out.push({ words: f.replace(/_+/g, ' ').trim().toLowerCase(), role, source: 'phoenix' });
  }
  return out;
}

export function buildRoleNouns(shared: string, srcDir: string): RoleNoun[] {
  const byKey = new Map<string, RoleNoun>();
  for (const r of readTsv(join(srcDir, 'role-nouns.tsv'))) {
    const words = checkWords(r.words ?? '', 'role-nouns.tsv');
    if (byKey.has(phraseKey(words))) throw new Error(`role-nouns.tsv: duplicate "${words}"`);
    byKey.set(phraseKey(words), { words, role: r.role ?? '', source: 'curated' });
  }
  for (const a of phoenixAgents(join(shared, 'petrarch2/Phoenix.agents.txt'))) {
    if (phraseKey(a.words) !== '' && !byKey.has(phraseKey(a.words)))
      byKey.set(phraseKey(a.words), a);
  }
  return [...byKey.values()].sort((a, b) => byString(phraseKey(a.words), phraseKey(b.words)));
}

export function buildTitles(srcDir: string): Title[] {
  const byKey = new Map<string, Title>();
  for (const r of readTsv(join(srcDir, 'titles.tsv'))) {
    const words = checkWords(r.words ?? '', 'titles.tsv');
    const implies = r.implies ?? '';
    if (implies !== '' && !IMPLIES.has(implies))
      throw new Error(`titles.tsv: unknown role "${implies}" for "${words}"`);
    byKey.set(phraseKey(words), {
      words,
      implies: implies === '' ? null : (implies as OfficeRole | 'MIL'),
    });
  }
  return [...byKey.values()].sort((a, b) => byString(a.words, b.words));
}
