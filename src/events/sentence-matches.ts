/** The verb patterns that match in a sentence, with the act an intent, decision or refusal cue leads to. */
import type { SentenceWords } from '../nlp/entities/words.js';
import { cuedActVerb, isRefusalCue, refusalCode } from './intent.js';
import { type Match, matchAt, wordMatches } from './match.js';
import { sentenceTriggers, type TriggerIndex } from './triggers.js';

/**
 * The coding patterns that match in a sentence, left to right; the words a match uses are not
 * reused. With CAMEO's conventions, "agreed to lift sanctions" codes the lifting, as intended
 * (0354), when the verb after "to" has a pattern; else the agreeing.
 */
export function sentenceMatches(
  context: { readonly triggers: TriggerIndex; readonly cameoConventions: boolean },
  words: SentenceWords,
): Match[] {
  const { triggers } = context;
  const sentence = sentenceTriggers(triggers, words);
  const matches: Match[] = [];
  // "held a general strike": the strike is what was held, not a military strike of its own.
  const used = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (used.has(i)) continue;
    const act = context.cameoConventions ? cuedActVerb(words, i) : -1;
    const intended = act >= 0 ? matchAt(words, act, triggers, sentence) : undefined;
    const own = matchAt(words, i, triggers, sentence);
    // "agreed to share": an act the dictionary leaves uncoded leaves the agreeing to code.
    const m =
      intended && !intended.pattern.silent && actFits(words, i, intended, own) ? intended : own;
    if (!m) continue;
    i = m.last - 1;
    for (const k of m.nearAt ?? []) used.add(k);
    if (!m.pattern.silent) matches.push(m);
  }
  // "indicated it should have acted" under ACT's `- INDICATED SHOULD *`: a word a pattern asks for
  // before its verb is part of that verb's phrase, no trigger of its own (SHOULD's 101).
  return matches.filter((m) => !matches.some((x) => x !== m && asksBefore(words, x, m.from)));
}

/** Whether match `x` took word `k` for one of the words its pattern asks for before its verb. */
function asksBefore(words: SentenceWords, x: Match, k: number): boolean {
  if (k < x.first || k >= x.from) return false;
  const word = words.lower(k);
  return (x.pattern.before ?? []).some(
    (t) => t.kind === 'words' && t.alternatives.some((alt) => wordMatches(word, alt[0] ?? '')),
  );
}

/**
 * Whether a cue's act codes instead of the cue: always after "agreed to" or "decided to"; after
 * "refused to" where CAMEO has a refusal of the act ("declined to lift sanctions", 1244) and the
 * refusal verb has no longer pattern of its own ("declined to resign from the mediation", 126).
 */
function actFits(words: SentenceWords, cue: number, act: Match, own: Match | undefined): boolean {
  if (!isRefusalCue(words.lower(cue))) return true;
  const ownSaysMore = (own?.pattern.after?.length ?? 0) > 0;
  return !ownSaysMore && refusalCode(act.pattern.code) !== null;
}
