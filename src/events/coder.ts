import type { Doc } from '../doc/doc.js';
import type { CameoCode, CodedEvent } from '../doc/types.js';
import type { SentenceWords } from '../nlp/entities/words.js';
import type { Knowledge } from '../nlp/knowledge/types.js';
import { type ActorSpan, AUXILIARIES, actorsAfter, actorsBefore, compound } from './actors.js';
import { type AgentIndex, sentenceActors } from './agents.js';
import type { Codebook, CodeInfo } from './codebook.js';
import { eventDate, eventLocation } from './context.js';
import {
  addressees,
  type DemandCue,
  demandCode,
  demandCue,
  demanders,
  uncodedObligations,
} from './demand.js';
import { containsPhrase, type Discards, discardWords } from './dicts/discards.js';
import { isCommitted } from './intent.js';
import type { Match } from './match.js';
import { nestedAttack } from './nested.js';
import { insideActor, insideAppositive, objectAfter, reporterFrom } from './participants.js';
import { passive } from './passive.js';
import type { VerbPattern } from './patterns.js';
import { type Reading, reading } from './reading.js';
import { sentenceMatches } from './sentence-matches.js';
import type { TriggerIndex } from './triggers.js';
import { violenceCode } from './violence.js';

/** Re-exported for scripts/code-sentence.ts, which builds a coder context of its own. */
export { sentenceMatches } from './sentence-matches.js';
export { indexPatterns } from './triggers.js';

/** No target: "Shevardnadze resigned", "rebels declared a ceasefire". */
const NO_TARGET: ActorSpan = { start: 0, end: 0, entity: -1, actor: '' };
/**
 * Roots whose acts often have no one on the receiving end in the text: threats, protests and
 * shows of force ("Israel threatened to ban voting", "workers went on strike"). These code with no
 * target even where the sentence names other actors.
 */
const ACTS_ALONE = new Set(['13', '14', '15']);
/** CAMEO's appeals and demands for a change in leadership or for elections (0241, 1041). */
const LEADERSHIP_CHANGE_CALL = /^(?:0241|1041)$/u;
/** Roots that need a target to mean anything: a statement or an appeal to nobody is not an event. */
const NEEDS_TARGET = new Set(['02']);

/**
 * Source → target pairs: each source with each target; a compound source with no target acts
 * each way ("India and Russia met"); the sentence's only actor, with no target, acts alone.
 */
function pairs(
  sources: readonly ActorSpan[],
  targets: readonly ActorSpan[],
  code: string,
  alone: boolean,
): [ActorSpan, ActorSpan][] {
  const out: [ActorSpan, ActorSpan][] = [];
  const eachWay = targets.length === 0;
  const right = eachWay ? sources : targets;
  // One entity may act on itself in two roles: "Russian police arrested Russian students".
  for (const s of sources) for (const t of right) if (s.actor !== t.actor) out.push([s, t]);
  const root = code.slice(0, 2);
  // "Papandreou demanded immediate elections": a call for a change of leadership needs no one named.
  const leadership = LEADERSHIP_CHANGE_CALL.test(code);
  const mayStandAlone = alone || ACTS_ALONE.has(root) || root === STATEMENT || leadership;
  if (
    mayStandAlone &&
    out.length === 0 &&
    sources.length > 0 &&
    (leadership || !NEEDS_TARGET.has(root))
  )
    out.push([sources[0] as ActorSpan, NO_TARGET]);
  return out;
}

/**
 * "The UN will provide food aid to refugees": an intent to cooperate (03) announced or promised
 * is the source's own commitment, made whether or not the text names who gains by it.
 */
function isPledge(words: SentenceWords, m: Match, how: Reading): boolean {
  return how.modality === 'intended' && how.code.startsWith('03') && isCommitted(words, m.from);
}

/** Verbs that tell someone to act: "ordered the newspaper to suspend publication". */
const COMMANDS = new Set(['ordered', 'orders', 'order', 'instructed', 'instructs', 'instruct']);
const TRAVEL = /^04[23]/u;
const COMMAND_REACH = 8;
const NOT_A_VERB = /^(?:the|a|an|its|their|his|her|our|this|these|those)$/u;

/**
 * "ordered former president Menem to appear": the word index of the verb a command verb tells
 * someone to do ("to" and a lower-case verb after it, in the same clause), or -1.
 */
function orderedVerb(words: SentenceWords, m: Match): number {
  if (!COMMANDS.has(words.lower(m.from))) return -1;
  for (let k = m.from + 1; k < Math.min(words.length - 1, m.from + COMMAND_REACH); k++) {
    if (!/^[\p{L}\d]/u.test(words.word(k))) return -1;
    const next = words.word(k + 1);
    if (words.lower(k) === 'to')
      return /^\p{Ll}+$/u.test(next) && !NOT_A_VERB.test(next) ? k + 1 : -1;
  }
  return -1;
}

/**
 * "ordered former president Menem to appear": a command to act, not a journey (042), though
 * PETRARCH files ORDER with verbs of going.
 */
function isCommandAsTravel(words: SentenceWords, m: Match): boolean {
  return TRAVEL.test(m.pattern.code) && orderedVerb(words, m) >= 0;
}

/**
 * "the government ordered the newspaper to suspend publication": where the act ordered codes an
 * event of its own (1721), the one who ordered it did it to the one told, as CAMEO codes it; the
 * order is no demand (10) besides it. An order to an act that codes nothing ("ordered Menem to
 * appear") stays the demand. A sending or summoning and its purpose are read the same way
 * (`purposeVerb`). The orders and sendings of coded acts, by the word index of their act.
 */
function meansOfCodedActs(words: SentenceWords, matches: readonly Match[]): Map<number, Match> {
  const out = new Map<number, Match>();
  for (const m of matches) {
    const purpose = purposeVerb(words, m, matches);
    if (purpose >= 0) out.set(purpose, m);
    if (!m.pattern.code.startsWith('10')) continue;
    const verb = orderedVerb(words, m);
    if (verb >= 0 && matches.some((n) => n.from === verb)) out.set(verb, m);
  }
  return out;
}

/** Verbs of sending or summoning someone: the means to an act, not the act. */
const MEANS = new Set([
  'sent',
  'sends',
  'send',
  'dispatched',
  'dispatches',
  'dispatch',
  'summoned',
  'summons',
  'summon',
]);
/** How many words after a sending verb its purpose's verb may stand: "sent 21 … personnel to Bosnia on Wednesday to investigate". */
const PURPOSE_REACH = 14;

/**
 * "The UN sent personnel to Bosnia to investigate …", "summoned Niger's ambassador to complain":
 * the act a sending or summoning serves, named by a purpose infinitive that codes an event, is
 * the event (090, 114), done by who sent to whom was sent; the sending codes nothing besides it.
 * The word index of that act's verb, or -1.
 */
function purposeVerb(words: SentenceWords, m: Match, matches: readonly Match[]): number {
  if (!MEANS.has(words.lower(m.from))) return -1;
  for (let k = m.last; k < Math.min(words.length - 1, m.from + PURPOSE_REACH); k++) {
    if (/^[,;:()"“”]$/u.test(words.word(k))) return -1;
    if (words.lower(k) !== 'to' || !/^\p{Ll}+$/u.test(words.word(k + 1))) continue;
    if (matches.some((n) => n.from === k + 1)) return k + 1;
  }
  return -1;
}

export interface CoderContext {
  readonly doc: Doc;
  readonly codebook: Codebook;
  readonly triggers: TriggerIndex;
  readonly agents: AgentIndex;
  /** The actor dictionary, for names the recogniser cut short ("the Prince of Dol Amroth"). */
  readonly names?: Pick<Knowledge, 'lookupKey' | 'hasLongerKey'>;
  readonly discards: Discards | undefined;
  readonly cameoConventions: boolean;
}

function offsetOf(words: SentenceWords, at: number): number {
  return at < words.length ? words.start(at) : words.end(words.length - 1);
}

/**
 * Who did it to whom:
 * 1. "<trigger> between X and Y": each way;
 * 2. a passive "X was attacked by Y": Y the source, X the target; with no "by", no one;
 * 3. the pattern's own `$`/`+` slots where it has them;
 * 4. else the subject before the trigger and the object after it.
 */
export function dyad(
  context: CoderContext,
  words: SentenceWords,
  actors: readonly ActorSpan[],
  m: Match,
  previousSubject: readonly ActorSpan[] = [],
  nextVerb = Number.POSITIVE_INFINITY,
) {
  const { doc } = context;
  const end = words.end(m.to - 1);
  // 1.
  if (m.pattern.frame === 'between') {
    return [words.lower(m.to) === 'between' ? actorsAfter(doc, actors, end) : [], []] as const;
  }
  // "the fighting between X and Y" under `- * BETWEEN %`: with no subject, the compound a `%`
  // after the verb marks acts each way ("Z agrees with X and Y" keeps Z the source).
  if (m.compound?.side === 'after' && actorsBefore(doc, actors, words.start(m.from)).length === 0) {
    const members = actorsAfter(doc, actors, offsetOf(words, m.compound.at), true);
    if (new Set(members.map((a) => a.actor)).size > 1) return [members, []] as const;
  }
  // 2.
  const found = m.source || m.target ? undefined : passive(words, m, actors);
  if (found?.by === -1) return [[], []] as const;
  if (found) {
    const agents = byAgents(doc, actors, offsetOf(words, found.by));
    if (found.subjectBefore !== undefined)
      return [agents, actorsBefore(doc, actors, words.start(found.subjectBefore))] as const;
    // "an agreement forced on Qatar by…": the participle's noun is acted on; if it is no actor,
    // the sentence does not say who was.
    const noun = words.end(m.from - 1);
    const acted = actors.filter((a) => a.end === noun);
    return acted.length > 0 ? ([agents, acted] as const) : ([[], []] as const);
  }
  // 3. and 4.
  const side = (slot: Match['source'], fallback: () => ActorSpan[]) => {
    if (!slot) return fallback();
    const offset = offsetOf(words, slot.at);
    return slot.side === 'after'
      ? actorsAfter(doc, actors, offset, true)
      : actorsBefore(doc, actors, offset);
  };
  const phraseStart = subjectEnd(words, actors, m);
  const subject = () => {
    if (previousSubject.length > 0 && LEADS_BACK.test(textBefore(doc, phraseStart)))
      return [...previousSubject];
    const found = actorsBefore(doc, actors, phraseStart);
    const before = found[0] && objectOfInfinitive(doc, found[0]) ? [] : found;
    return before.length > 0 || previousSubject.length > 0
      ? before
      : openingSubject(words, actors, Math.min(m.first, m.from));
  };
  const sources = side(m.source, subject);
  // TABARI's `^` before a `+` skips whole actors ("celebrated Iftar at X with the leaders of Y in Z").
  if (m.targetSkips && !context.cameoConventions) {
    const skipped = actorAfterSkips(
      doc,
      actors,
      offsetOf(words, m.targetSkips.from),
      m.targetSkips.count,
    );
    if (skipped.length > 0) return [sources, skipped] as const;
  }
  // A place after "in" is where a compound met ("India and Russia met in Moscow"), but for one
  // actor it is what was acted on, as in PETRARCH: "Serbia lifted a curfew in Montenegro"; and a
  // protest or a threat is aimed at the place it happens in ("staged a protest in Beijing").
  const target = () => {
    const object = withoutOwnForces(
      doc,
      words,
      actors,
      m,
      objectAfter(doc, actors, end, sources),
      sources,
    );
    if (object.length === 0 && !context.cameoConventions) {
      const referent = pronounObject(doc, words, actors, m, sources);
      if (referent.length > 0) return referent;
    }
    const root = m.pattern.code.slice(0, 2);
    if (root === STATEMENT) return statementTarget(doc, object, end);
    const alone = sources.length === 1 || ACTS_ALONE.has(root);
    const found = object.length > 0 || !alone ? object : actorsAfter(doc, actors, end, true);
    // "approving a measure to send Turkish troops into Iraq": an actor past the next coded
    // infinitive is that infinitive's object.
    // A protest, threat or show of force keeps the target its purpose names ("shunned work to
    // protest against Uganda").
    const cut = context.cameoConventions && !ACTS_ALONE.has(root);
    return cut && (found[0]?.start ?? 0) > nextVerb ? [] : found;
  };
  return [sources, side(m.target, target)] as const;
}

const STATEMENT = '01';

/**
 * "The White House says that the collapse of the automakers would…": a statement's target is whom
 * it is addressed to or about, never an actor of the clause it reports ("that …"); nor is a place
 * it was made in ("said in Washington"): where the object search finds none, it has none.
 */
function statementTarget(doc: Doc, object: ActorSpan[], end: number): ActorSpan[] {
  const first = object[0];
  if (!first) return object;
  const gap = doc.text.slice(end, first.start);
  // "said nearly 14,000 employees at four French sites had…": an actor several words into what
  // follows the verb stands in the reported clause, with or without "that".
  return /\bthat\b/iu.test(gap) ||
    gap.split(/\s+/u).filter((w) => w !== '').length > STATEMENT_OBJECT_WORDS ||
    SUBJECT_OF_CLAUSE.test(doc.text.slice(first.end, first.end + 12))
    ? []
    : object;
}

/**
 * "said Ethiopia would send", "said Chinese warplanes crossed": an actor before an auxiliary or a
 * past tense is the reported clause's subject.
 */
const SUBJECT_OF_CLAUSE = new RegExp(String.raw`^\s+(?:${AUXILIARIES}|\p{Ll}+ed)\b`, 'iu');

/** How many words may stand between a statement's verb and whom it is addressed to: "said to the", "appealed to the". */
const STATEMENT_OBJECT_WORDS = 3;

/**
 * Words that end the phrase after a passive's "by" before an actor: a preposition of its own
 * ("by a series of attacks on the Iraqi settlement": the settlement was attacked, it attacked no
 * one) or a verb of another clause ("by militias and violence has broken out in every Iraqi city").
 */
const BY_PHRASE_END =
  /\b(?:on|in|at|against|to|into|onto|from|with|for|near|over|across|toward|towards|upon|has|have|had|is|are|was|were|will|would)\b/iu;

/** "X was attacked by Y": Y, where Y is the phrase after "by" (its modifiers and "of" only). */
function byAgents(doc: Doc, actors: readonly ActorSpan[], offset: number): ActorSpan[] {
  const agents = actorsAfter(doc, actors, offset, true);
  const first = agents[0];
  return first && BY_PHRASE_END.test(doc.text.slice(offset, first.start)) ? [] : agents;
}

/**
 * "a plot to assassinate U.S. Vice President Richard Cheney failed", "a plan to bail out three
 * large American auto companies failed to pass": an actor right after "to" and a verb (with its
 * particle and up to three modifiers) is that infinitive's object, not the subject of a verb after it.
 */
const INFINITIVE_BEFORE =
  /\bto\s+(?!the\b|a\b|an\b)\p{Ll}+(?<![^s]s)(?:\s+(?:out|up|off|down|back|away|over))?(?:\s+(?!and\b|or\b|but\b)(?:\p{Ll}+|\d+)){0,3}\s*$/u;

/** "to demands from UNITA", "according to reports": a plural noun after "to" is no infinitive. */
const PLURAL = /[^s]s$/u;

function objectOfInfinitive(doc: Doc, actor: ActorSpan): boolean {
  return INFINITIVE_BEFORE.test(doc.text.slice(Math.max(0, actor.start - 60), actor.start));
}

/**
 * "Chile will send Chilean troops into Peru" under `- * &MILITARY [154]`: the source's own
 * forces, named by the words the pattern asks for after its verb, are what it sends or withdraws;
 * the event is aimed at the actor after them, where one follows.
 */
function withoutOwnForces(
  doc: Doc,
  words: SentenceWords,
  actors: readonly ActorSpan[],
  m: Match,
  object: ActorSpan[],
  sources: readonly ActorSpan[],
): ActorSpan[] {
  if (m.last <= m.to || object.length === 0) return object;
  const from = words.start(m.to);
  const to = words.end(m.last - 1);
  const country = (a: ActorSpan) => a.actor.slice(0, 3);
  const own = object.every(
    (a) =>
      a.start >= from &&
      a.end <= to &&
      /^[A-Z]{3}/u.test(a.actor) &&
      sources.some((s) => country(s) === country(a)),
  );
  if (!own) return object;
  const beyond = objectAfter(doc, actors, to, sources);
  return beyond.length > 0 ? beyond : object;
}

/** The actor (or compound) after `offset` once `count` actors (or compounds) are skipped. */
function actorAfterSkips(
  doc: Doc,
  actors: readonly ActorSpan[],
  offset: number,
  count: number,
): ActorSpan[] {
  let at = offset;
  for (let k = 0; k < count; k++) {
    const group = actorsAfter(doc, actors, at, true);
    const last = group[group.length - 1];
    if (!last) return [];
    at = last.end;
  }
  return actorsAfter(doc, actors, at, true);
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it']);

/**
 * "Gondor asked him to mediate": with TABARI's dictionaries an object pronoun right after the verb
 * stands for the sentence's first actor (with the compound it heads), as TABARI dereferences
 * pronouns; none where that actor is the verb's own subject.
 */
function pronounObject(
  doc: Doc,
  words: SentenceWords,
  actors: readonly ActorSpan[],
  m: Match,
  sources: readonly ActorSpan[],
): ActorSpan[] {
  if (!OBJECT_PRONOUNS.has(words.lower(m.to)) || actors.length === 0) return [];
  const pronoun = words.start(m.to);
  const first = compound(doc, actors, 0, 1).filter((a) => a.end <= pronoun);
  return first.some((a) => sources.some((s) => s.actor === a.actor)) ? [] : first;
}

/**
 * Where the subject of a match ends at the latest. "Arnor suggested Gondor should apply…" under
 * `- SUGGESTED * APPLY`: the words a pattern asks for before its verb are the verb's own phrase, and
 * its subject stands before them, where one does; a word of an actor's own name ("UN troops" under
 * `- TROOPS *`) is the subject's, and so is the subject of a verb with one modifier asked for.
 */
function subjectEnd(words: SentenceWords, actors: readonly ActorSpan[], m: Match): number {
  const verb = words.start(m.from);
  // "ethnic cleansing", "heavily criticized": a word just before the verb only modifies it.
  if (m.first >= m.from - 1) return verb;
  const first = words.start(m.first);
  if (actors.some((a) => a.start <= first && first < a.end)) return verb;
  return actors.some((a) => a.end <= first) ? first : verb;
}

/**
 * "Gollum, centre of a row between Radagast, the Brown called on Gondor": where commas hide the
 * subject of a sentence's first finite verb (at word `at`), the actor that opens the sentence is
 * it, when no other actor stands between them. An infinitive's subject is another verb's.
 */
function openingSubject(
  words: SentenceWords,
  actors: readonly ActorSpan[],
  at: number,
): ActorSpan[] {
  const verb = words.start(at);
  const first = actors[0];
  if (!first || first.end > verb || words.lower(at - 1) === 'to') return [];
  if (actors.some((a) => a !== first && a.start < verb)) return [];
  const opens = words.indexAt(first.start);
  return opens === 0 || (opens === 1 && /^(?:the|a|an)$/u.test(words.lower(0))) ? [first] : [];
}

/** "Pakistan has refused to deploy troops in Iraq and has urged…": the second verb's subject is the first's. */
const COORDINATED =
  /\b(?:and|but)\s+(?:(?:has|have|had|is|are|was|were|will|would|also|then|later)\s+)*$/iu;
/**
 * "Nigeria announced that it will withdraw…", "… that it is prepared to impose…": a pronoun
 * subject of a clause after a verb that has an actor for its subject is that actor.
 */
const PRONOUN_SUBJECT =
  /\b(?:that\s+)?(?:it|he|she|they)\s+(?:(?:has|have|had|is|are|was|were|will|would|could|might|may|must|should|shall|also|then|now|soon|be|been)\s+)*(?:\p{Ll}+\s+to\s+)?$/iu;
const LEADS_BACK = new RegExp(`(?:${COORDINATED.source})|(?:${PRONOUN_SUBJECT.source})`, 'iu');
/** "The group claimed that it had attacked…": claiming one's own act is CAMEO's 015. */
const CLAIMS_OWN_ACT =
  /\b(?:claimed|claims|claim|admitted|admits|admit|acknowledged|acknowledges)\s+(?:that\s+)?(?:it|he|she|they|we)\s+(?:had|has|have)\s+$/iu;
const CLAIM_OF_RESPONSIBILITY = '015';

/** ", the foreign minister," after a name: an agent set off by commas, no country of its own. */
const APPOSITION = /^\s*,\s*(?:the|a|an|its|his|her|their)?\s*$/iu;

/**
 * "Ana Silva, the foreign minister, phoned Peru": an agent with no country (`---GOV`) set
 * off by commas right after a named actor describes that actor; it is no second actor of its own.
 */
function withoutAppositiveAgents(doc: Doc, actors: ActorSpan[]): ActorSpan[] {
  return actors.filter((a, k) => {
    if (!a.actor.startsWith('---') || k === 0) return true;
    const before = actors[k - 1] as ActorSpan;
    if (before.actor.startsWith('---') || before.end > a.start) return true;
    if (!APPOSITION.test(doc.text.slice(before.end, a.start))) return true;
    const after = doc.text.slice(a.end, a.end + 2);
    return !/^\s*,/u.test(after);
  });
}

/** A code the codebook lacks (a user dictionary's own): its root's quad class, no Goldstein score. */
function infoOf(codebook: Codebook, code: string): CodeInfo {
  const known = codebook.get(code);
  if (known) return known;
  const root = code.slice(0, 2);
  const rootInfo = codebook.get(root);
  return { code, name: code, root, quad: rootInfo?.quad ?? 0, goldstein: null, plover: null };
}

/**
 * Codes the events one sentence reports; a sentence that matches no pattern gives none. Actors
 * are found first: most sentences name none, and need no pattern matching.
 */
export function codeSentence(context: CoderContext, words: SentenceWords): CodedEvent[] {
  const { doc, codebook } = context;
  const { sentence } = words;
  const { discards } = context;
  if (
    discards &&
    containsPhrase(discardWords(doc.text.slice(sentence.start, sentence.end)), discards.sentence)
  )
    return [];
  const actors = withoutAppositiveAgents(
    doc,
    sentenceActors(doc, words, context.agents, context.names),
  );
  if (actors.length === 0) return [];
  const found = sentenceMatches(context, words, (m) => insideActor(words, actors, m));
  const meansByAct = context.cameoConventions ? meansOfCodedActs(words, found) : new Map();
  const means = new Set(meansByAct.values());
  const coded = found.filter(
    (m) =>
      !insideAppositive(words, actors, m) &&
      !means.has(m) &&
      !(context.cameoConventions && isCommandAsTravel(words, m)),
  );
  if (coded.length === 0) return [];
  const matches = context.cameoConventions
    ? [...coded, ...uncodedObligations(words, coded)].sort((a, b) => a.from - b.from)
    : coded;
  // An event without a target only where the sentence names one actor: where it names more, the
  // coder could not tell who was acted on, and guessing "nobody" would be wrong as often as not.
  const reporter = reporterFrom(doc, sentence);
  const participants = actors.filter((a) => a.start < reporter);
  const closing = closingAttribution(doc, sentence);
  // "Ford will pay $57 million for a stake in the plant, a Romanian official said Friday": the
  // closing report's saying attributes the act before it (coded or not); it is no event of its own.
  const reportsAct = found.some(
    (m) => !m.pattern.code.startsWith(STATEMENT) && words.start(m.from) < closing,
  );
  const attributes = (m: Match) =>
    reportsAct && m.pattern.code.startsWith(STATEMENT) && words.start(m.from) >= closing;
  const lone = new Set(participants.map((a) => a.actor)).size === 1;
  const events: CodedEvent[] = [];
  const seen = new Set<string>();
  const add = (code: string, source: ActorSpan, target: ActorSpan, m: Match, how: Reading) => {
    if (source.actor === target.actor) return;
    const none = target === NO_TARGET;
    // TABARI's and PETRARCH-1's validation dictionaries code dyads only (`require_dyad`).
    if (none && !context.cameoConventions) return;
    const key = `${source.actor}|${code}|${target.actor}`;
    if (seen.has(key)) return;
    seen.add(key);
    const info = infoOf(codebook, code);
    events.push({
      code,
      root: info.root,
      quad: info.quad,
      goldstein: info.goldstein,
      source: { entity: source.entity, actor: source.actor },
      target: { entity: target.entity, actor: none ? null : target.actor },
      date: eventDate(doc, sentence),
      location: eventLocation(doc, sentence),
      negated: how.negated,
      modality: how.modality,
      evidence: doc.span(sentence.start, sentence.end),
      trigger: doc.span(words.start(m.from), words.end(m.last - 1)),
      rule: `${m.pattern.file}:${m.pattern.line}`,
    });
  };
  const nestedOf = matches.map((m) =>
    context.cameoConventions ? nestedAttack(words, actors, m) : undefined,
  );
  // "Kenya wants Ethiopia to attack Somalia" is the appeal (021) the attack is read as; the
  // wanting verb codes nothing of its own besides it.
  const nestingVerbs = new Set(nestedOf.flatMap((n) => (n ? [n.verb] : [])));
  let subject: readonly ActorSpan[] = [];
  const subjectsOf = new Map<Match, readonly ActorSpan[]>();
  const cues = context.cameoConventions ? matches.map((m) => demandCue(words, m.from)) : [];
  // "demanded that Iraq allow…" codes the demand for the act, not a bare demand besides it.
  const cueWords = cues.flatMap((c) => (c?.kind === 'that' ? [c.at] : []));
  matches.forEach((m, k) => {
    if (m.pattern.code.startsWith('10') && cueWords.some((at) => m.from <= at && at < m.last))
      return;
    if (context.cameoConventions && attributes(m)) return;
    const nested = nestedOf[k];
    if (context.cameoConventions && !nested && isActAskedFor(words, matches, m)) return;
    if (!nested && nestingVerbs.has(m.from)) return;
    // "approving a measure to send Turkish troops into Iraq": the next coded infinitive.
    const next = matches.find(
      (n) =>
        n.from >= m.last && words.lower(n.first - 1) === 'to' && !PLURAL.test(words.lower(n.first)),
    );
    const [found, objects] = dyad(
      context,
      words,
      actors,
      meansByAct.get(m.from) ?? m,
      subject,
      next ? words.start(next.from) : undefined,
    );
    const purposeOf = context.cameoConventions
      ? purposeVerbOf(words, actors, matches, m)
      : undefined;
    const subjects = purposeOf ? (subjectsOf.get(purposeOf) ?? []) : found;
    subjectsOf.set(m, subjects);
    if (subjects.length > 0) subject = subjects;
    const cue = cues[k];
    const read = reading(context, words, m);
    const claimed = context.cameoConventions && claimsOwnAct(context.doc, words, m);
    const done = claimed ? { ...read, code: CLAIM_OF_RESPONSIBILITY } : read;
    const { sources, targets, how } =
      nested && !done.negated
        ? {
            sources: nested.attacker
              ? actorsBefore(doc, actors, words.start(nested.verb))
              : subjects,
            targets: nested.attacker ? [nested.attacker] : objects,
            how: { ...done, code: nested.code },
          }
        : cue && !done.negated
          ? asDemand(context, words, actors, m, cue, subjects, done)
          : m.pattern.reversed
            ? { sources: objects, targets: subjects, how: done }
            : { sources: subjects, targets: objects, how: done };
    for (const [source, target] of pairs(
      sources,
      targets,
      how.code,
      lone || isPledge(words, m, how),
    )) {
      const code = context.cameoConventions
        ? violenceCode(how.code, source.actor, words, m.from, target.actor)
        : how.code;
      add(code, source, target, m, how);
      const back = backEvent(context, m.pattern);
      // A mutual act read as intended ("said the talks would resume", 036) is intended both ways.
      const backCode = back === m.pattern.code ? code : back;
      if (backCode && target !== NO_TARGET && !cue) add(backCode, target, source, m, how);
    }
  });
  return withoutCarrierStatements(withoutClaimVerbs(events));
}

/**
 * The paired code of `[042:043]`, coded from the target back to the source, where the pair is
 * mutual (`[046:046]` talks, `[057:057]` an agreement: each way) or without CAMEO conventions
 * (the validation suites read pairs as TABARI did). PETRARCH-2 reads the second code as the
 * verb's passive meaning, so "X visited Y" is X's visit only, not also Y's hosting.
 */
function backEvent(context: CoderContext, pattern: VerbPattern): CameoCode | undefined {
  const { paired } = pattern;
  return paired && (paired === pattern.code || !context.cameoConventions) ? paired : undefined;
}

/**
 * ", a Romanian official said Friday.": a short attribution closing the sentence, its verb of saying
 * at most a few words from the end; a clause after "but" or "and" is a statement of its own.
 */
const CLOSING_ATTRIBUTION =
  /,\s*(?!(?:but|and|while|although|though|yet|so|as)\b)[^,]{0,60}\b(?:said|says|told|added|reported|stated)\b(?:\s+[^\s,]+){0,3}[.!?"”']*\s*$/iu;

/** Where the sentence's closing attribution starts (its comma), or the sentence's end. */
function closingAttribution(doc: Doc, sentence: { start: number; end: number }): number {
  const m = CLOSING_ATTRIBUTION.exec(doc.text.slice(sentence.start, sentence.end));
  return m ? sentence.start + m.index : sentence.end;
}

/** Verbs whose object is the subject of the infinitive after it: "asked Gondor to mediate". */
const OBJECT_CONTROL =
  /^(?:ask|urge|tell|told|force|allow|persuade|encourage|invite|want|order|help|enable|require|press|pressure|induce|compel|authori[sz]e|permit|call|get|expect|lead|led|prompt|push|warn|advise|instruct|request|appeal|beg|challenge|dare|implore)/u;

/**
 * "the Soviet representative boycotted the UN to prevent Security Council action": an infinitive of
 * purpose right after the object of a coded verb is done by that verb's subject, not by its object;
 * the match of that verb, or undefined. Verbs that tell their object to act ("asked X to") are left.
 */
function purposeVerbOf(
  words: SentenceWords,
  actors: readonly ActorSpan[],
  matches: readonly Match[],
  m: Match,
): Match | undefined {
  const to = m.first - 1;
  if (to < 2 || words.lower(to) !== 'to') return undefined;
  const object = actors.find((a) => a.end === words.end(to - 1));
  if (!object) return undefined;
  let opens = words.indexAt(object.start) - 1;
  if (opens >= 0 && /^(?:the|a|an)$/u.test(words.lower(opens))) opens--;
  const x = matches.find((n) => n !== m && n.last - 1 === opens);
  return x && !OBJECT_CONTROL.test(words.lower(x.from)) ? x : undefined;
}

/** Appeals (02) and demands (10): "asked X to …", "urged X to …", "demanded X to …". */
const ASKING = /^(?:02|10)/u;
/** How many words the one asked may take between the asking verb and "to". */
const ASKED_REACH = 5;

/**
 * "asking the government to respect the ruling": the act an appeal or a demand asks someone to do
 * is what was asked for, not done; the appeal codes, the act does not.
 */
function isActAskedFor(words: SentenceWords, matches: readonly Match[], m: Match): boolean {
  const to = m.first - 1;
  if (words.lower(to) !== 'to') return false;
  return matches.some((x) => {
    if (x === m || !ASKING.test(x.pattern.code) || x.last >= to || to - x.last > ASKED_REACH)
      return false;
    // The one asked stands between the asking verb and "to", in one clause.
    if (x.last === to) return false;
    for (let k = x.last; k < to; k++)
      if (/^(?:[,;:()"“”]|that)$/iu.test(words.word(k))) return false;
    return true;
  });
}

/** How far back the clause cues before a trigger are read ("… announced that it will"). */
const CUE_REACH = 40;

function textBefore(doc: Doc, offset: number): string {
  return doc.text.slice(Math.max(0, offset - CUE_REACH), offset);
}

function claimsOwnAct(doc: Doc, words: SentenceWords, m: Match): boolean {
  const start = words.start(m.from);
  return CLAIMS_OWN_ACT.test(textBefore(doc, start));
}

/**
 * "Japan said Iran must release the prisoners": Japan demands of Iran (the actor told to act, now
 * the target) the act it is told to do, coded as the demand for it (10x).
 */
function asDemand(
  context: CoderContext,
  words: SentenceWords,
  actors: readonly ActorSpan[],
  m: Match,
  cue: DemandCue,
  told: readonly ActorSpan[],
  how: Reading,
) {
  const code = demandCode(m.pattern.code, (c) => context.codebook.has(c));
  const sources = demanders(context.doc, words, actors, cue);
  // "…to Iraq that it must": the pronoun read as the demander is the one told.
  const toldSelf = told.length > 0 && told.every((t) => sources.some((s) => s.actor === t.actor));
  return {
    sources,
    targets: toldSelf ? addressees(words, actors, cue) : told,
    how: { ...how, code, modality: 'asserted' as const },
  };
}

/**
 * "Obama said he would not provide support to Israel" reports the refusal; the saying only carries
 * it. A statement (01) codes only where the sentence reports nothing else, as in PETRARCH.
 */
function withoutCarrierStatements(events: CodedEvent[]): CodedEvent[] {
  const carrier = (e: CodedEvent) => e.root === STATEMENT && e.code !== CLAIM_OF_RESPONSIBILITY;
  return events.some((e) => !carrier(e)) ? events.filter((e) => !carrier(e)) : events;
}

/** "The US claimed that they had attacked Iraq" is the claim (015); "claimed" is no allegation of its own. */
function withoutClaimVerbs(events: CodedEvent[]): CodedEvent[] {
  const claims = events.filter((e) => e.code === CLAIM_OF_RESPONSIBILITY);
  if (claims.length === 0) return events;
  const carriesClaim = (e: CodedEvent) =>
    claims.some(
      (c) => e.trigger.end <= c.trigger.start && c.trigger.start - e.trigger.end <= CUE_REACH,
    );
  return events.filter((e) => e.code === CLAIM_OF_RESPONSIBILITY || !carriesClaim(e));
}
