import { basename } from 'node:path';
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
    if (t === '---' || t === '+++' || t === '') return null;
    if (!CODE.test(t)) throw badLine(file, line, `bad event code [${text}]`);
    return t;
  };
  const code = one(first);
  const paired = second === undefined ? null : one(second);
  // `[:030]` codes only the event back from the target: "received assurances from X" is X's.
  return paired ? { code, paired } : { code };
}

/** `WORD {IRREGULAR FORMS}`, `+MULTI_+WORD {…}`: every form as a lower-case word sequence. */
function verbForms(text: string): string[][] {
  const brace = /\{([^}]*)\}/u.exec(text);
  const head = text
    .replace(/\{[^}]*\}/u, '')
    .trim()
    .replace(/^\+/u, '');
  // `{+WAS_DETERMINED , +BE_DETERMINED}`: upstream sometimes separates forms with commas too.
  const irregular = (brace?.[1] ?? '').split(/[\s,]+/u).filter((f) => /\p{L}/u.test(f));
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

/** One piece of a pattern line: a word, a synset, a marker or `*`, and whether `_` joins it to the piece before. */
interface Piece {
  readonly text: string;
  readonly joined: boolean;
}

/**
 * A pattern line's pieces: white space separates pieces that may have words between them, `_` joins
 * pieces that must stand side by side, as in TABARI ("SHOW_NO_*" is "show no sign", not "show it has
 * no new sign"). A synset's name may hold `_` itself (`&FIGHT_OF_WORDS`): the longest known name wins.
 */
function piecesOf(text: string, synsets: Synsets): Piece[] {
  const pieces: Piece[] = [];
  for (const chunk of text.replace(/[(){}]/gu, ' ').split(/\s+/u)) {
    const parts = chunk.split('_');
    let joined = false;
    for (let k = 0; k < parts.length; k++) {
      let part = parts[k] as string;
      if (part === '') {
        joined = false;
        continue;
      }
      if (part.startsWith('&'))
        for (let n = parts.length - k; n > 1; n--) {
          const name = parts.slice(k, k + n).join('_');
          if (synsets.has(name.slice(1).toLowerCase().replace(/_$/u, ''))) {
            part = name;
            k += n - 1;
            break;
          }
        }
      pieces.push({ text: part, joined });
      joined = true;
    }
  }
  return pieces;
}

const MARKER_PIECES = new Set(['$', '+', '%', '^']);

/** A pattern's words around `*`: `$` source, `+` target, `%` compound, `^` any one word. */
function tokensOf(text: string, synsets: Synsets, file: string, line: number) {
  const pieces = piecesOf(text, synsets);
  const star = pieces.findIndex((p) => p.text === '*');
  if (star < 0) throw badLine(file, line, 'pattern without * for the verb');
  // A word joined to a word or to the verb on its verb's side; a marker takes no word to join.
  const wordy = (p: Piece | undefined) => p !== undefined && !MARKER_PIECES.has(p.text);
  const token = (p: Piece, k: number): PatternToken => {
    if (p.text === '$') return { kind: 'source' };
    if (p.text === '+') return { kind: 'target' };
    if (p.text === '%') return { kind: 'compound' };
    if (p.text === '^') return { kind: 'skip' };
    const alternatives = p.text.startsWith('&')
      ? (synsets.get(p.text.slice(1).toLowerCase().replace(/_$/u, '')) ?? fail(p.text))
      : [[p.text.toLowerCase()]];
    const towardVerb = k < star ? pieces[k + 1] : pieces[k - 1];
    const tight = (k < star ? pieces[k + 1]?.joined : p.joined) === true && wordy(towardVerb);
    return { kind: 'words', alternatives, ...(tight ? { tight } : {}) };
  };
  const fail = (p: string): never => {
    throw badLine(file, line, `unknown synset ${p}`);
  };
  return {
    before: pieces.slice(0, star).map((p, k) => token(p, k)),
    after: pieces.slice(star + 1).map((p, k) => token(p, star + 1 + k)),
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

/** What a pattern asks of the words around its verb; a compound subject (`%`) counts as a word. */
const wordCount = (p: VerbPattern) =>
  [...(p.before ?? []), ...(p.after ?? [])].filter(
    (t) => t.kind === 'words' || t.kind === 'compound',
  ).length;

/** One line's codes and the words it wants around the verb. */
export interface BlockPattern {
  readonly code: string | null;
  readonly paired?: string;
  readonly before: readonly PatternToken[];
  readonly after: readonly PatternToken[];
  readonly line: number;
  /** The verb the line's comment names (`# TAKE`), upper case, if any. */
  readonly verb?: string;
}

/** A verb block: its forms (every inflection spelled out) and its patterns, the block's default last. */
export interface VerbBlock {
  readonly forms: readonly (readonly string[])[];
  readonly patterns: readonly BlockPattern[];
}

/**
 * Reads a PETRARCH-2 / TABARI verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt) into verb
 * blocks: each block's verb forms (regular inflections generated) and its `- … * … [code]` lines,
 * then the block's own code as the default; a form with a code of its own is a block of its own.
 */
export function parsePetrarchVerbBlocks(
  source: string,
  file: string,
  /** Given: malformed lines are skipped and reported here instead of failing (upstream typos). */
  warnings?: string[],
): VerbBlock[] {
  const lines = dictionaryLines(source);
  const synsets = collectSynsets(lines);
  const blocks: VerbBlock[] = [];
  let synset: string | null = null;
  const comments = commentedVerbs(source);
  let block: {
    codes: Codes;
    line: number;
    verbs: { head: string; forms: string[][] }[];
    /** Head words of the block's verb lines, upper case. */
    heads: Set<string>;
    own: BlockPattern[];
    /** Forms with a default of their own (`EXPRESS [110]`): the block's patterns, then that code. */
    coded: { head: string; forms: string[][]; fallback: BlockPattern }[];
  } | null = null;
  const close = () => {
    if (!block) return;
    const own = lastOfRepeats(block.own, file, warnings);
    const written = writtenFor(block.heads);
    const general = (p: BlockPattern) => written(p) === undefined || namesObject(p);
    /** The block's patterns for the verb `head`: the general ones and those written for it. */
    const patternsFor = (head: string | undefined) =>
      own.filter((p) => general(p) || written(p) === head);
    for (const { head, forms, fallback } of block.coded)
      blocks.push({ forms, patterns: [...patternsFor(head), fallback] });
    // The verbs some objectless pattern is written for get a block of their own; the rest share one.
    const objectless = new Set(own.filter((p) => !general(p)).map(written));
    const byVerb = new Map<string | undefined, string[][]>();
    for (const { head, forms } of block.verbs) {
      const key = objectless.has(head) ? head : undefined;
      byVerb.set(key, [...(byVerb.get(key) ?? []), ...forms]);
    }
    for (const [head, forms] of byVerb) {
      const mine = patternsFor(head);
      if (block.codes.code !== null || mine.length > 0)
        mine.push(blockPattern(block.codes, block.line));
      if (forms.length > 0) blocks.push({ forms, patterns: mine });
    }
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
    // Upstream has a header with dashes run on: "---  DELAY   [120]---  ---".
    const header = /^---\s*(.*?)\s*\[([^\]]*)\]\s*(?:-+\s*)*$/u.exec(text);
    if (header) {
      close();
      synset = null;
      block = {
        codes: codesOf(header[2] ?? '', file, line),
        line,
        verbs: [],
        heads: new Set(),
        own: [],
        coded: [],
      };
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
      const verb = comments.get(line);
      block.own.push({
        ...blockPattern(codesOf(m[2] ?? '', file, line), line, before, after),
        ...(verb ? { verb } : {}),
      });
    } else if (block) {
      const formCode = /\[([^\]]*)\]/u.exec(text);
      const forms = verbForms(text.replace(/\[[^\]]*\]/u, ''));
      const head = headOf(text);
      block.heads.add(head);
      if (formCode && forms.length > 0)
        block.coded.push({
          head,
          forms,
          fallback: blockPattern(codesOf(formCode[1] ?? '', file, line), line),
        });
      else if (!formCode) block.verbs.push({ head, forms });
    } else throw badLine(file, line, 'line outside any verb block or synset');
  }
  close();
  return blocks;
}

/** `- * ARREST [173]  # ANNOUNCE`: the word a pattern line's comment opens with, by line number. */
function commentedVerbs(source: string): Map<number, string> {
  const out = new Map<number, string>();
  source.split(/\r?\n/u).forEach((raw, index) => {
    const m = /^\s*-.*\]\s*#\s*([A-Za-z]+)/u.exec(raw);
    if (m?.[1]) out.set(index + 1, m[1].toUpperCase());
  });
  return out;
}

/** A verb line's head word, upper case: `+ARREST_AND {…}` → ARREST, `CLAP {CLAPS}` → CLAP. */
function headOf(text: string): string {
  const first = text.trim().split(/[\s{[]/u)[0] ?? '';
  const words = first.split('_').filter((w) => w !== '');
  const verb = words.find((w) => w.startsWith('+')) ?? words[0] ?? '';
  return verb.replace(/^\+/u, '').toUpperCase();
}

/**
 * PETRARCH's dictionary names, in a comment, the verb each pattern was written for: in the
 * APPREHEND block `- &MILITARY * [192]  # TAKE` is "troops took (a town)", not "troops arrested",
 * in OVERSEE `- * (TO) [042:043]  # HEAD` is "headed to", not "ordered X to", and in ACCLAIM
 * `- * (TO) [043:042]  # WELCOME` is "welcomed to", not "praised X's efforts to". A pattern written
 * for one verb of its block that names no object after the verb (none, or only prepositions and
 * particles) is that verb's alone: it says nothing of what its synonyms mean. A pattern that names
 * one ("- * PLAN [014]  # CONSIDER" reads "debated plans" as well) is every verb's, as PETRARCH
 * reads the block. The verb a pattern is written for, or undefined.
 */
function writtenFor(heads: ReadonlySet<string>): (p: BlockPattern) => string | undefined {
  if (heads.size < 2) return () => undefined;
  return (p) => (p.verb !== undefined && heads.has(p.verb) ? p.verb : undefined);
}

/** Words that name no object: prepositions, particles, articles. */
const FUNCTION_WORDS = new Set(
  'to for with in on at of from by into onto against back up out off down over about the a an'.split(
    ' ',
  ),
);

/** Whether a pattern asks for a word after its verb that names something: "- * PLAN", not "- * (TO)". */
function namesObject(p: BlockPattern): boolean {
  return p.after.some(
    (t) =>
      t.kind === 'words' && t.alternatives.some((alt) => alt.some((w) => !FUNCTION_WORDS.has(w))),
  );
}

const patternKey = (p: BlockPattern) =>
  JSON.stringify([p.before, p.after].map((side) => side.map((t) => JSON.stringify(t))));

/**
 * A block that lists the same words twice keeps the later line, as PETRARCH's own dictionary
 * reader does (`- * &TREATY [031:031]` … `- * &TREATY [057]` under APPROVE codes 057); a repeat
 * with another code is reported.
 */
function lastOfRepeats(
  patterns: readonly BlockPattern[],
  file: string,
  warnings: string[] | undefined,
): BlockPattern[] {
  const byKey = new Map<string, BlockPattern>();
  for (const p of patterns) {
    const key = patternKey(p);
    const earlier = byKey.get(key);
    if (earlier && (earlier.code !== p.code || earlier.paired !== p.paired))
      warnings?.push(
        `${file}:${p.line}: same words as line ${earlier.line}, another code; line ${p.line} wins`,
      );
    byKey.delete(key);
    byKey.set(key, p);
  }
  return [...byKey.values()].sort((a, b) => a.line - b.line);
}

/** The blocks as patterns to match: those with more words first, so the most specific one wins. */
export function verbPatterns(blocks: readonly VerbBlock[], file: string): VerbPattern[] {
  const patterns = blocks.flatMap((b) => b.patterns.map((p) => toVerbPattern(p, b.forms, file)));
  return patterns
    .map((p, k) => ({ p, k }))
    .sort((a, b) => wordCount(b.p) - wordCount(a.p) || a.k - b.k)
    .map(({ p }) => p);
}

export function parsePetrarchVerbs(
  source: string,
  file: string,
  warnings?: string[],
): VerbPattern[] {
  return verbPatterns(parsePetrarchVerbBlocks(source, file, warnings), basename(file));
}

function blockPattern(
  codes: Codes,
  line: number,
  before: readonly PatternToken[] = [],
  after: readonly PatternToken[] = [],
): BlockPattern {
  return {
    code: codes.code,
    ...(codes.paired ? { paired: codes.paired } : {}),
    before,
    after,
    line,
  };
}

function toVerbPattern(
  p: BlockPattern,
  triggers: readonly (readonly string[])[],
  file: string,
): VerbPattern {
  const reversed = p.code === null && p.paired !== undefined;
  return {
    code: p.code ?? p.paired ?? '---',
    silent: p.code === null && !reversed,
    ...(reversed ? { reversed } : p.paired ? { paired: p.paired } : {}),
    frame: 'svo',
    triggers,
    near: new Set(),
    before: p.before,
    after: p.after,
    modality: 'asserted',
    file,
    line: p.line,
    verbOnly: true,
  };
}
