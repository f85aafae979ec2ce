import type { Doc, Sentence } from '../doc/doc.js';
import type { CodedEvent, Mention, Modality } from '../doc/types.js';
import { SentenceWords } from '../nlp/entities/words.js';
import { actorMentions, actorsAfter, actorsBefore } from './actors.js';
import type { Codebook } from './codebook.js';
import { eventDate, eventLocation } from './context.js';
import type { VerbPattern } from './patterns.js';

const NEGATORS = new Set(['not', "n't", 'never', 'no']);
const REFUSALS = new Set(['refused', 'refuses', 'declined', 'declines', 'rejected']);
const HYPOTHETICAL = new Set(['could', 'might', 'may', 'if', 'would']);
const NEAR_WINDOW = 8;

interface Trigger {
  readonly pattern: VerbPattern;
  readonly sequence: readonly string[];
}

interface Match {
  readonly pattern: VerbPattern;
  readonly from: number;
  readonly to: number;
}

/** Trigger sequences by their first word, in the dictionary's order (the first match wins). */
export function indexPatterns(patterns: readonly VerbPattern[]): Map<string, Trigger[]> {
  const index = new Map<string, Trigger[]>();
  for (const pattern of patterns) {
    for (const sequence of pattern.triggers) {
      const first = sequence[0] as string;
      index.set(first, [...(index.get(first) ?? []), { pattern, sequence }]);
    }
  }
  return index;
}

function matchAt(
  words: SentenceWords,
  i: number,
  index: Map<string, Trigger[]>,
): Match | undefined {
  for (const { pattern, sequence } of index.get(words.lower(i)) ?? []) {
    if (!sequence.every((w, k) => words.lower(i + k) === w)) continue;
    if (!hasNearWord(words, i + sequence.length, pattern)) continue;
    return { pattern, from: i, to: i + sequence.length };
  }
  return undefined;
}

function hasNearWord(words: SentenceWords, from: number, pattern: VerbPattern): boolean {
  if (pattern.near.size === 0) return true;
  for (let k = from; k < Math.min(words.length, from + NEAR_WINDOW); k++) {
    if (
      words
        .lower(k)
        .split('-')
        .some((part) => pattern.near.has(part))
    )
      return true;
  }
  return false;
}

function polarity(words: SentenceWords, at: number): { negated: boolean; hypothetical: boolean } {
  let negated = false;
  let hypothetical = false;
  for (let k = Math.max(0, at - 3); k < at; k++) {
    const word = words.lower(k);
    if (NEGATORS.has(word) || REFUSALS.has(word)) negated = true;
    if (HYPOTHETICAL.has(word)) hypothetical = true;
  }
  return { negated, hypothetical };
}

function pairs(sources: readonly Mention[], targets: readonly Mention[]): [Mention, Mention][] {
  const out: [Mention, Mention][] = [];
  const eachWay = targets.length === 0;
  const right = eachWay ? sources : targets;
  for (const s of sources) for (const t of right) if (s.entity !== t.entity) out.push([s, t]);
  return out;
}

/**
 * 1. an event inside a quotation is its speaker's claim: reported;
 * 2. a conditional or modal verb before the trigger makes it hypothetical;
 * 3. else what the pattern says (asserted, or intended for "plan to").
 */
function modalityOf(doc: Doc, offset: number, stated: Modality, hypothetical: boolean): Modality {
  // 1.
  if (doc.quotes.some((q) => q.kind !== 'indirect' && q.start <= offset && offset < q.end)) {
    return 'reported';
  }
  // 2. and 3.
  return hypothetical ? 'hypothetical' : stated;
}

export interface CoderContext {
  readonly doc: Doc;
  readonly codebook: Codebook;
  readonly triggers: Map<string, Trigger[]>;
}

/** Codes the events one sentence reports; a sentence that matches no pattern gives none. */
export function codeSentence(context: CoderContext, sentence: Sentence): CodedEvent[] {
  const { doc, codebook } = context;
  const words = new SentenceWords(doc, sentence);
  const actors = actorMentions(doc, sentence.start, sentence.end);
  if (actors.length < 2) return [];
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const trigger = matchAt(words, i, context.triggers);
    if (!trigger) continue;
    const { pattern } = trigger;
    const info = codebook.get(pattern.code);
    if (!info) continue;
    const startOffset = words.start(trigger.from);
    const endOffset = words.end(trigger.to - 1);
    const [sources, targets] =
      pattern.frame === 'between'
        ? [words.lower(trigger.to) === 'between' ? actorsAfter(doc, actors, endOffset) : [], []]
        : [actorsBefore(doc, actors, startOffset), actorsAfter(doc, actors, endOffset)];
    const { negated, hypothetical } = polarity(words, trigger.from);
    const modality = modalityOf(doc, startOffset, pattern.modality, hypothetical);
    for (const [source, target] of pairs(sources, targets)) {
      const sourceEntity = doc.entities[source.entity];
      const targetEntity = doc.entities[target.entity];
      if (!sourceEntity?.actor || !targetEntity?.actor) continue;
      if (sourceEntity.actor === targetEntity.actor) continue;
      const key = `${sourceEntity.actor}|${pattern.code}|${targetEntity.actor}`;
      if (seen.has(key)) continue;
      seen.add(key);
      events.push({
        code: pattern.code,
        root: info.root,
        quad: info.quad,
        goldstein: info.goldstein,
        source: { entity: source.entity, actor: sourceEntity.actor },
        target: { entity: target.entity, actor: targetEntity.actor },
        date: eventDate(doc, sentence),
        location: eventLocation(doc, sentence),
        negated,
        modality,
        evidence: doc.span(sentence.start, sentence.end),
      });
    }
    i = trigger.to - 1;
  }
  return events;
}
