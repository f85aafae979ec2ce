import { badLine, dictionaryLines } from '../../nlp/knowledge/dictionary-lines.js';
import type { PatternToken, VerbPattern } from '../patterns.js';
import { regularForms } from './inflect.js';

/** Codes in brackets: `[057]`, paired `[042:043]`, none `[---]`; validation files also use letters. */
const CODE = /^[^\s[\]:]{1,8}$/u;

interface Codes {
  readonly code: string | null;
  readonly paired?: string;
}

function codesOf(text: string, file: string, line: number): Codes {
  const [first = '', second] = text.trim().split(':');
  const one = (c: string) => {
    const t = c.trim();
    // `[:173]` codes only the event back from the target: not modelled yet, so it codes nothing.
    if (t === '---' || t === '+++' || t === '') return null;
    if (!CODE.test(t)) throw badLine(file, line, `bad event code [${text}]`);
    return t;
  };
  const code = one(first);
  const paired = second === undefined ? null : one(second);
  return paired && code ? { code, paired } : { code };
}

/** `WORD {IRREGULAR FORMS}`, `+MULTI_+WORD {…}`: every form as a lower-case word sequence. */
function verbForms(text: string): string[][] {
  const brace = /\{([^}]*)\}/u.exec(text);
  const head = text
    .replace(/\{[^}]*\}/u, '')
    .trim()
    .replace(/^\+/u, '');
  const irregular = (brace?.[1] ?? '').split(/\s+/u).filter((f) => f !== '');
  const words = head
    .toLowerCase()
    .split('_')
    .filter((w) => w !== '');
  let verbAt = words.findIndex((w) => w.startsWith('+'));
  if (verbAt < 0) verbAt = 0;
  const bare = words.map((w) => w.replace(/^\+/u, ''));
  const forms = regularForms(bare[verbAt] ?? '').map((f) =>
    bare.map((w, k) => (k === verbAt ? f : w)),
  );
  for (const f of irregular)
    forms.push(
      f
        .toLowerCase()
        .replace(/\+/gu, '')
        .split('_')
        .filter((w) => w !== ''),
    );
  return forms.filter((f) => f.length > 0);
}

type Synsets = Map<string, string[][]>;

/** A pattern's words around `*`: `$` source, `+` target, `%` compound, `^` any one word. */
function tokensOf(text: string, synsets: Synsets, file: string, line: number) {
  const pieces = text
    .replace(/[(){}]/gu, ' ')
    .split(/[\s_]+/u)
    .filter((p) => p !== '');
  const star = pieces.indexOf('*');
  if (star < 0) throw badLine(file, line, 'pattern without * for the verb');
  const token = (p: string): PatternToken => {
    if (p === '$') return { kind: 'source' };
    if (p === '+') return { kind: 'target' };
    if (p === '%') return { kind: 'compound' };
    if (p === '^') return { kind: 'skip' };
    const alternatives = p.startsWith('&')
      ? (synsets.get(p.slice(1).toLowerCase().replace(/_$/u, '')) ?? fail(p))
      : [[p.toLowerCase()]];
    return { kind: 'words', alternatives };
  };
  const fail = (p: string): never => {
    throw badLine(file, line, `unknown synset ${p}`);
  };
  return {
    before: pieces.slice(0, star).map(token),
    after: pieces.slice(star + 1).map(token),
  };
}

/** Every `&NAME` with its `+member` lines, members expanded (synsets may nest, and be used before they are defined). */
function collectSynsets(lines: readonly { text: string }[]): Synsets {
  const raw = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const { text } of lines) {
    if (text.startsWith('&')) {
      current = [];
      raw.set(text.slice(1).trim().toLowerCase().replace(/_$/u, ''), current);
    } else if (current && text.startsWith('+')) current.push(text.slice(1));
    else current = null;
  }
  const resolved: Synsets = new Map();
  const get = (name: string, depth: number): string[][] => {
    const done = resolved.get(name);
    if (done) return done;
    const members = raw.get(name);
    if (!members || depth > 5) return [[`&${name}`]];
    const out = members.flatMap((member) => {
      let seqs: string[][] = [[]];
      for (const w of member
        .toLowerCase()
        .split(/[\s_]+/u)
        .filter((x) => x !== '')) {
        const alts = w.startsWith('&') ? get(w.slice(1).replace(/_$/u, ''), depth + 1) : [[w]];
        seqs = seqs.flatMap((prefix) => alts.map((a) => [...prefix, ...a]));
      }
      return seqs;
    });
    resolved.set(name, out);
    return out;
  };
  for (const name of raw.keys()) get(name, 0);
  return resolved;
}

const wordCount = (p: VerbPattern) =>
  [...(p.before ?? []), ...(p.after ?? [])].filter((t) => t.kind === 'words').length;

/**
 * Converts a PETRARCH-2 / TABARI verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) into
 * verb patterns: each block's verb forms (regular inflections generated) are the triggers; each
 * `- … * … [code]` line a pattern with words before/after the verb; the block code the default.
 * Patterns with more words come first, so the most specific one wins.
 */
export function parsePetrarchVerbs(
  source: string,
  file: string,
  /** Given: malformed lines are skipped and reported here instead of failing (upstream typos). */
  warnings?: string[],
): VerbPattern[] {
  const lines = dictionaryLines(source);
  const synsets = collectSynsets(lines);
  const patterns: VerbPattern[] = [];
  let synset: string | null = null;
  let block: { codes: Codes; line: number; forms: string[][]; own: VerbPattern[] } | null = null;
  const close = () => {
    if (!block) return;
    const triggers = block.forms;
    for (const p of block.own) patterns.push({ ...p, triggers });
    if (block.codes.code !== null || block.own.length > 0)
      patterns.push(pattern(block.codes, triggers, block.line, [], []));
    block = null;
  };
  for (const { text, line } of lines) {
    try {
      readLine(text, line);
    } catch (error) {
      if (!warnings) throw error;
      warnings.push(error instanceof Error ? error.message : String(error));
    }
  }
  function readLine(text: string, line: number): void {
    const header = /^---\s*(.*?)\s*\[([^\]]*)\]\s*(?:---)?$/u.exec(text);
    if (header) {
      close();
      synset = null;
      block = { codes: codesOf(header[2] ?? '', file, line), line, forms: [], own: [] };
    } else if (text.startsWith('&')) {
      close();
      synset = text;
    } else if (synset !== null && text.startsWith('+')) {
      // collected beforehand: a synset may be used before it is defined
    } else if (text.startsWith('-')) {
      if (!block) throw badLine(file, line, 'pattern outside a verb block');
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/u.exec(text);
      if (!m) throw badLine(file, line, 'pattern without [code]');
      const { before, after } = tokensOf(m[1] ?? '', synsets, file, line);
      block.own.push(pattern(codesOf(m[2] ?? '', file, line), [], line, before, after));
    } else if (block) {
      const formCode = /\[([^\]]*)\]/u.exec(text);
      const forms = verbForms(text.replace(/\[[^\]]*\]/u, ''));
      if (formCode)
        patterns.push(pattern(codesOf(formCode[1] ?? '', file, line), forms, line, [], []));
      else block.forms.push(...forms);
    } else throw badLine(file, line, 'line outside any verb block or synset');
  }
  close();
  return patterns
    .filter((p) => p.triggers.length > 0)
    .map((p, k) => ({ p, k }))
    .sort((a, b) => wordCount(b.p) - wordCount(a.p) || a.k - b.k)
    .map(({ p }) => p);
}

function pattern(
  codes: Codes,
  triggers: string[][],
  line: number,
  before: PatternToken[],
  after: PatternToken[],
): VerbPattern {
  return {
    code: codes.code ?? '---',
    silent: codes.code === null,
    ...(codes.paired ? { paired: codes.paired } : {}),
    frame: 'svo',
    triggers,
    near: new Set(),
    before,
    after,
    modality: 'asserted',
    line,
  };
}
