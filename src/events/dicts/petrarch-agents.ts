import { badLine, dictionaryLines } from '../../nlp/knowledge/dictionary-lines.js';

/** An agent noun: "police" → COP, appended to the actor next to it (`[~COP]`) or put before it (`[NGO~]`). */
export interface Agent {
  readonly words: readonly string[];
  readonly role: string;
  readonly prefix: boolean;
}

function plural(word: string): string {
  if (/(?:s|x|z|ch|sh)$/u.test(word)) return `${word}es`;
  if (/[^aeiou]y$/u.test(word)) return `${word.slice(0, -1)}ies`;
  if (word.endsWith('man')) return `${word.slice(0, -3)}men`;
  return `${word}s`;
}

const split = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s_]+/u)
    .filter((w) => w !== '');

/** Parses a PETRARCH `.agents` file: `NOUN {PLURALS} [~ROLE]`, `!SET! = A, B` substitution sets. */
export function parseAgents(source: string, file: string, warnings?: string[]): Agent[] {
  const sets = new Map<string, string[]>();
  const agents: Agent[] = [];
  for (const { text, line } of dictionaryLines(source)) {
    const set = /^!(\w+)!\s*=\s*(.+)$/u.exec(text);
    if (set) {
      sets.set(
        (set[1] as string).toLowerCase(),
        (set[2] as string).split(',').map((w) => w.trim().toLowerCase()),
      );
      continue;
    }
    const m = /^([^[{]+?)\s*(?:\{([^}]*)\})?\s*\[\s*([^\]]*?)\s*\]\s*$/u.exec(text);
    const role = /^~\s*([A-Za-z]{3,})$|^([A-Za-z]{3,})~$/u.exec(m?.[3] ?? '');
    if (!m || !role) {
      const error = m
        ? badLine(file, line, `bad agent code [${m[3]}] (expected [~ROLE] or [ROLE~])`)
        : badLine(file, line, 'expected NOUN {PLURALS} [~ROLE]');
      if (!warnings) throw error;
      warnings.push(error.message);
      continue;
    }
    const prefix = role[2] !== undefined;
    const roleCode = (role[1] ?? role[2] ?? '').toUpperCase();
    const names = substitute(m[1] as string, sets, file, line);
    const plurals = m[2];
    for (const name of names) {
      const words = split(name);
      const forms = [words];
      if (plurals === undefined) forms.push([...words.slice(0, -1), plural(words.at(-1) ?? '')]);
      for (const form of forms) agents.push({ words: form, role: roleCode, prefix });
    }
    if (plurals)
      for (const p of plurals.split(/\s+/u).filter((w) => w !== ''))
        agents.push({ words: split(p), role: roleCode, prefix });
  }
  return agents;
}

/** `CONGRESS!PERSON!` → congressman, congressmen, …; `!MINST!_OF_X` → minister of x, … */
function substitute(
  name: string,
  sets: Map<string, string[]>,
  file: string,
  line: number,
): string[] {
  const m = /!(\w+)!/u.exec(name);
  if (!m) return [name];
  const members = sets.get((m[1] as string).toLowerCase());
  if (!members) throw badLine(file, line, `unknown substitution set ${m[0]}`);
  return members.flatMap((w) => substitute(name.replace(m[0], w), sets, file, line));
}
