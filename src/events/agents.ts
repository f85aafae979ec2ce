import type { Doc } from '../doc/doc.js';
import { spansWithin } from '../doc/spans.js';
import type { Mention, Span } from '../doc/types.js';
import { isCapitalised, type SentenceWords } from '../nlp/entities/words.js';
import type { GazetteerHit, Knowledge } from '../nlp/knowledge/types.js';
import { isSpeakingNominal } from '../nlp/quotes/nominal-speakers.js';
import type { ActorSpan } from './actors.js';
import { compound, joined } from './actors.js';
import type { Agent } from './dicts/petrarch-agents.js';
import { sequenceIsAt } from './match.js';

const NOT_ASCII = 128;

/**
 * The first two and last two characters of the `length` characters from `start`, five bits each
 * (the bits upper and lower case share in ASCII); -1 where one is not ASCII, whose lower case may
 * be another character. A word as written and its lower case have the same shape.
 */
function shapeAt(text: string, start: number, length: number): number {
  const first = text.charCodeAt(start);
  const second = length > 1 ? text.charCodeAt(start + 1) : 0;
  const penultimate = length > 2 ? text.charCodeAt(start + length - 2) : 0;
  const last = text.charCodeAt(start + length - 1);
  if ((first | second | penultimate | last) >= NOT_ASCII) return -1;
  return ((first & 31) << 15) | ((second & 31) << 10) | ((penultimate & 31) << 5) | (last & 31);
}

const SHAPE_BITS = 20;

/**
 * The agents that start with one word: those of two words or more by their second word, longest
 * first ("minister" starts 271 of them), and the first one-word agent, which wins when none of
 * them stands.
 */
interface FirstWordAgents {
  readonly bySecond: ReadonlyMap<string, readonly Agent[]>;
  readonly single: Agent | undefined;
}

/** Agents by their first word. */
export class AgentIndex {
  readonly #byFirst = new Map<string, FirstWordAgents>();
  /**
   * A bit set at the shapes of the agents' first words. Every word of every sentence is looked up
   * here, and most are no agent: this turns four in five away from the text, without reading the
   * word's own string.
   */
  readonly #shapes = new Uint32Array((1 << SHAPE_BITS) / 32);

  constructor(agents: readonly Agent[]) {
    const byFirst = new Map<string, Agent[]>();
    for (const a of agents) {
      const first = a.words[0];
      if (first) byFirst.set(first, [...(byFirst.get(first) ?? []), a]);
    }
    for (const [first, list] of byFirst) {
      list.sort((a, b) => b.words.length - a.words.length);
      const bySecond = new Map<string, Agent[]>();
      for (const a of list) {
        const second = a.words[1];
        if (second !== undefined) bySecond.set(second, [...(bySecond.get(second) ?? []), a]);
      }
      this.#byFirst.set(first, { bySecond, single: list.find((a) => a.words.length === 1) });
      const shape = shapeAt(first, 0, first.length);
      if (shape >= 0)
        this.#shapes[shape >>> 5] = (this.#shapes[shape >>> 5] ?? 0) | (1 << (shape & 31));
    }
  }

  /** The longest agent whose words stand from word `i` (the first listed of equal length). */
  at(words: SentenceWords, i: number): Agent | undefined {
    if (i < 0 || i >= words.length) return undefined;
    const start = words.start(i);
    const shape = shapeAt(words.doc.text, start, words.end(i) - start);
    if (shape >= 0 && (((this.#shapes[shape >>> 5] ?? 0) >>> (shape & 31)) & 1) === 0)
      return undefined;
    const agents = this.#byFirst.get(words.lower(i));
    if (!agents) return undefined;
    const longer = agents.bySecond.get(words.lower(i + 1));
    // Their first two words are the words they were found by.
    if (longer)
      for (const agent of longer) if (sequenceIsAt(words, i, agent.words, 2)) return agent;
    return agents.single;
  }
}

export function indexAgents(agents: readonly Agent[]): AgentIndex {
  return new AgentIndex(agents);
}

/** ARN + GOV → ARNGOV; a code that already ends in the role keeps it; `[NGO~]` goes first. */
function withRole(actor: string, agent: Agent): string {
  if (agent.prefix) return `${agent.role}${actor}`;
  return actor.endsWith(agent.role) ? actor : `${actor}${agent.role}`;
}

const OF = new Set(['of', 'from']);
const POSSESSIVE = new Set(["'s", '’s', "'"]);
/** Adjectives that may stand between an actor and its agent: "Arnor's new mayor". */
const MAX_MODIFIERS = 2;

/**
 * The sentence's actors, each widened by an agent noun next to it:
 * 1. "<agent> of X" (and of each member of a compound X: "the ambassadors of A, B and C");
 * 2. "X's <agent>", "X <agent>" ("Gondor police", "Israeli troops"), a few modifiers allowed;
 * 3. "<agent> X" for an agent the dictionary puts before the code ("MSF" [NGO~]);
 * 4. otherwise the linked mention as it is.
 */
export function sentenceActors(
  doc: Doc,
  words: SentenceWords,
  index: AgentIndex,
  names?: Pick<Knowledge, 'lookupKey' | 'hasLongerKey'>,
): ActorSpan[] {
  const base: ActorSpan[] = [];
  const national: ActorSpan[] = [];
  // A speaking common noun ("the government said") is the agent nouns' to read, not a name.
  const inSentence = spansWithin(doc.mentions, words.sentence.start, words.sentence.end);
  const mentions = inSentence.filter(
    (m, k) =>
      !isSpeakingNominal(m) &&
      !isCurrency(doc, m) &&
      !endsCompanyName(doc, inSentence, k) &&
      !endsWaterName(doc, m),
  );
  mentions.forEach((m, k) => {
    const entity = doc.entities[m.entity];
    const named =
      entity?.actor || entity?.country ? undefined : nameAround(words, mentions, k, names);
    if (entity?.actor) base.push(...eachCode({ ...m, entity: m.entity, actor: entity.actor }));
    else if (named) base.push(...eachCode({ ...named, entity: m.entity }));
    else if (entity?.country) {
      const agent = sharedAgent(doc, words, index, mentions, k);
      const of =
        agent || entity.type === 'NORP'
          ? undefined
          : agentOf(words, words.indexAt(nationalityBefore(doc, mentions, k) ?? m.start), index);
      if (agent)
        national.push({
          ...m,
          end: Math.max(m.end, agent.end),
          actor: withRole(entity.country, agent.agent),
        });
      // "residents of the Golan Heights": a region with no code of its own is its country's.
      else if (of)
        national.push({
          ...m,
          start: words.start(of.at),
          actor: withRole(entity.country, of.agent),
        });
      else if (entity.type === 'NORP') {
        const next = mentions[k + 1];
        const nextEntity = next ? doc.entities[next.entity] : undefined;
        if (!namesNext(doc, m, next)) national.push({ ...m, actor: entity.country });
        // "Iraqi Kurds", "the Afghan Taliban" when the name has no code of its own.
        else if (next && !nextEntity?.actor && !nextEntity?.country)
          national.push({ ...m, end: next.end, actor: entity.country });
      }
    }
  });
  const named = withoutMisreadNominals([
    ...widenByAgents(doc, words, index, base),
    ...national,
    ...elidedNames(doc, words, mentions, names),
  ]);
  const bare = bareAgents(words, index, named, mentions);
  // Most sentences name no actor: nothing to sort or merge.
  if (named.length === 0 && bare.length === 0) return [];
  const all = [...named, ...bare];
  return shareRoles(
    doc,
    mergeTitles(
      doc,
      all.sort((x, y) => x.start - y.start),
    ),
  );
}

/** "US$700 billion", "AU$52.5 million", "US $2.63 billion": a country's name before a dollar sign and an amount. */
const CURRENCY_AFTER = /^ ?\$ ?\d/u;

/** A country's name that prefixes a currency names the money, not an actor. */
function isCurrencyName(doc: Doc, m: Span): boolean {
  return CURRENCY_AFTER.test(doc.text.slice(m.end, m.end + 4));
}

/** Per document: the entities every name mention of which prefixes a currency ("US$ … it offered"). */
const currencyEntities = new WeakMap<Doc, ReadonlySet<number>>();

/**
 * A currency's country names no actor, nor does a pronoun or nominal the linker took to refer to
 * it, where the document never names that country otherwise.
 */
function isCurrency(doc: Doc, m: Mention): boolean {
  if (m.kind === 'name') return isCurrencyName(doc, m);
  let only = currencyEntities.get(doc);
  if (!only) {
    const named = new Map<number, boolean>();
    for (const n of doc.mentions)
      if (n.kind === 'name' && n.entity >= 0)
        named.set(n.entity, (named.get(n.entity) ?? true) && isCurrencyName(doc, n));
    only = new Set([...named].flatMap(([entity, currency]) => (currency ? [entity] : [])));
    currencyEntities.set(doc, only);
  }
  return only.has(m.entity);
}

/** Words that name a part of a place: "East Jerusalem", "South Lebanon", "Northern Ireland", "Greater London". */
const PLACE_PARTS =
  /^(?:(?:north|south|east|west|central|upper|lower|greater|inner|outer|new|old)(?:ern|ward)?(?:[- ](?:north|south|east|west)(?:ern)?)?)$/iu;

/**
 * "Air France", "Ford Australia", "Garuda Indonesia": a country's name that directly continues a
 * name with no code of its own (one space between, no punctuation) ends that name, a company's or
 * a brand's; it is no mention of the country.
 */
function endsCompanyName(doc: Doc, mentions: readonly Mention[], k: number): boolean {
  const m = mentions[k] as Mention;
  const before = mentions[k - 1];
  if (!before || m.type !== 'GPE' || m.kind !== 'name') return false;
  if (before.type === 'GPE' || before.type === 'NORP' || before.kind !== 'name') return false;
  if (doc.text.slice(before.end, m.start) !== ' ' || PLACE_PARTS.test(before.text)) return false;
  const entity = doc.entities[before.entity];
  return !entity?.actor && !entity?.country && !before.country;
}

/** "the Sea of Japan", "the Gulf of Mexico": a country named in a body of water's name. */
const WATER_OF = /\b(?:Sea|Gulf|Bay|Straits?|Ocean)\s+of\s+(?:the\s+)?$/u;

function endsWaterName(doc: Doc, m: Mention): boolean {
  return m.type === 'GPE' && WATER_OF.test(doc.text.slice(Math.max(0, m.start - 16), m.start));
}

/** "North and South Korea": a capitalised word joined to a two-word name, sharing its last word. */
const ELIDED_BEFORE = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+(?:and|or)\s+$/u;

/**
 * "North and South Korea exchanged fire": the first of two names that share their head word names
 * a country of its own where the dictionary knows the whole name ("North Korea").
 */
function elidedNames(
  doc: Doc,
  words: SentenceWords,
  mentions: readonly Mention[],
  names: Pick<Knowledge, 'lookupKey' | 'hasLongerKey'> | undefined,
): ActorSpan[] {
  if (!names) return [];
  const out: ActorSpan[] = [];
  for (const m of mentions) {
    if (m.type !== 'GPE' || m.kind !== 'name') continue;
    const parts = m.text.split(' ');
    if (parts.length !== 2) continue;
    const before = ELIDED_BEFORE.exec(doc.text.slice(Math.max(0, m.start - 24), m.start));
    const word = before?.[1];
    if (!word || word === parts[0]) continue;
    const hit = names
      .lookupKey(`${word} ${parts[1]}`.toLowerCase())
      .find((h) => h.kind === 'country');
    if (hit?.kind !== 'country') continue;
    const start = m.start - before[0].length + before[0].indexOf(word);
    if (words.indexAt(start) < 0) continue;
    out.push({ start, end: start + word.length, entity: -1, actor: hit.entry.cameo });
  }
  return out;
}

/** `[FRO/BIL/SAM]`: a name the dictionary gives several codes is that many actors, one compound. */
function eachCode(a: ActorSpan): ActorSpan[] {
  if (!a.actor.includes('/'))
    return [{ start: a.start, end: a.end, entity: a.entity, actor: a.actor }];
  return a.actor
    .split('/')
    .filter((c) => c !== '')
    .map((actor) => ({ start: a.start, end: a.end, entity: a.entity, actor }));
}

/** How many words a dictionary name may reach beyond the mention it holds: "the Prince of". */
const NAME_REACH = 3;

/**
 * "the Prince of Dol Amroth", "the Shire", "Amroth tanks": the longest dictionary name that holds
 * words of a mention the recogniser cut short of it (a mention with no code), with its span and
 * code; PETRARCH's "no actor" code (`---`) names none.
 */
function nameAround(
  words: SentenceWords,
  mentions: readonly Span[],
  k: number,
  names: Pick<Knowledge, 'lookupKey' | 'hasLongerKey'> | undefined,
): { start: number; end: number; actor: string } | undefined {
  if (!names) return undefined;
  const m = mentions[k] as Span;
  const first = words.indexAt(m.start);
  const last = words.indexAt(m.end) - 1;
  // The name takes no word of another mention.
  const previous = mentions[k - 1];
  const next = mentions[k + 1];
  const lowest = Math.max(0, first - NAME_REACH, previous ? words.indexAt(previous.end) : 0);
  const highest = Math.min(words.length, last + 2, next ? words.indexAt(next.start) : words.length);
  let best: { from: number; to: number; code: string } | undefined;
  for (let from = lowest; from <= last; from++)
    for (let to = from + 1; to <= highest; to++) {
      const key = words.key(from, to);
      const longer = to > first && !(from === first && to === last + 1);
      if (longer && (!best || to - from > best.to - best.from)) {
        const code = organisationCode(names.lookupKey(key));
        if (code) best = { from, to, code };
      }
      // Most words start no dictionary name: stop as soon as none goes on from these.
      if (names.hasLongerKey && !names.hasLongerKey(key)) break;
    }
  if (!best || best.code.startsWith('---')) return undefined;
  return { start: words.start(best.from), end: words.end(best.to - 1), actor: best.code };
}

function organisationCode(hits: readonly GazetteerHit[]): string | undefined {
  for (const h of hits) if (h.kind === 'organisation' && h.entry.code) return h.entry.code;
  return undefined;
}

/**
 * "refused a demand from the US President": a mention that names another country inside it ("US"
 * with an agent noun, USAGOV) is that country's, though coreference linked it to an actor of
 * another (the sentence's Palestinian prime minister). The mention's own reading wins.
 */
function withoutMisreadNominals(named: readonly ActorSpan[]): ActorSpan[] {
  return named.filter(
    (a) =>
      !named.some(
        (n) =>
          n !== a &&
          a.start <= n.start &&
          n.end <= a.end &&
          n.end - n.start < a.end - a.start &&
          n.actor.slice(0, 3) !== a.actor.slice(0, 3),
      ),
  );
}

/**
 * "US and British activists": a country joined to a nationality with an agent noun shares the
 * noun, as two nationalities do ("Hungarian and Romanian officials").
 */
function shareRoles(doc: Doc, actors: ActorSpan[]): ActorSpan[] {
  for (let k = actors.length - 2; k >= 0; k--) {
    const a = actors[k] as ActorSpan;
    const b = actors[k + 1] as ActorSpan;
    // b's role came from an agent noun after it, not from its entity: "British activists".
    const widened = b.actor.length > 3 && doc.entities[b.entity]?.actor !== b.actor;
    if (a.actor.length === 3 && widened && joined(doc, a, b))
      actors[k] = { ...a, actor: `${a.actor}${b.actor.slice(3)}` };
  }
  return actors;
}

/**
 * "Libyan leader Muammar Gaddafi", "Iraqi President Saddam Hussein": a title and the name after it
 * are two mentions of one actor, and one member of a compound ("… and Bulgarian President Todor
 * Zhivkov signed"), not two.
 */
function mergeTitles(doc: Doc, actors: readonly ActorSpan[]): ActorSpan[] {
  const out: ActorSpan[] = [];
  for (const a of actors) {
    const last = out[out.length - 1];
    if (last && last.actor === a.actor && doc.text.slice(last.end, a.start).trim() === '')
      out[out.length - 1] = {
        ...last,
        end: Math.max(last.end, a.end),
        entity: a.entity >= 0 ? a.entity : last.entity,
      };
    // The title stands for both, as it did when the name had no code of its own; the actor spans
    // both, so a verb before the name reaches it ("rejected calls by Kofi Annan, UN secretary-general").
    // "Bree President Romendacil", "Ithilen's minister Calimehtar": a name right after an agent noun
    // is the person the title names, one actor.
    else if (last && titles(doc, last, a))
      out[out.length - 1] = { ...last, end: a.end, actor: titledCode(last.actor, a.actor) };
    else if (last && inApposition(doc, last, a))
      out[out.length - 1] = {
        ...a,
        start: last.start,
        entity: last.entity >= 0 ? last.entity : a.entity,
        actor: a.actor.length >= last.actor.length ? a.actor : last.actor,
      };
    else out.push(a);
  }
  return out;
}

/**
 * The code of a title and the name after it: the name's where the dictionary gives the person a
 * role in the title's country ("British Defence Secretary Tom King" GBRGOV); else the title's, which
 * says more than a bare country ("Bree President Romendacil" BREGOV) and names the country the
 * person serves ("Ithilen's minister Calimehtar" ITHGOV, though his own code is CAL).
 */
function titledCode(title: string, name: string): string {
  return name.length > 3 && name.slice(0, 3) === title.slice(0, 3) ? name : title;
}

/** Whether `title` was widened by an agent noun and the name `name` follows it, with nothing between. */
function titles(doc: Doc, title: ActorSpan, name: ActorSpan): boolean {
  const entity = doc.entities[title.entity];
  const widened = title.actor !== entity?.actor && title.actor !== entity?.country;
  return (
    widened &&
    name.entity >= 0 &&
    /^\s+$/u.test(doc.text.slice(title.end, name.start)) &&
    isCapitalised(doc.text.slice(name.start, name.end))
  );
}

/** A comma, maybe an article, between a name and its title: "Kofi Annan, the UN secretary-general,". */
const APPOSITION_GAP = /^\s*,\s*(?:the\s+|a\s+|an\s+)?$/iu;

/**
 * "Kofi Annan, the UN secretary-general, visited": the title set off after a name is the same
 * actor, one code extending the other (IGOUNO, IGOUNOGOV), and the title closes with a comma.
 */
function inApposition(doc: Doc, name: ActorSpan, title: ActorSpan): boolean {
  const [short, long] =
    name.actor.length <= title.actor.length ? [name.actor, title.actor] : [title.actor, name.actor];
  return (
    long.startsWith(short) &&
    APPOSITION_GAP.test(doc.text.slice(name.end, title.start)) &&
    /^\s*,/u.test(doc.text.slice(title.end, title.end + 2))
  );
}

const QUANTITIES = new Set(['hundreds', 'thousands', 'tens', 'dozens', 'scores', 'millions']);
const GROUPS = new Set(['group', 'groups']);

/** Whether the agent noun at word `i` is counted or grouped: "thousands of", "a group of (Chechen)". */
function countedAt(
  words: SentenceWords,
  i: number,
  mentions: readonly (Span & { readonly entity: number })[],
): boolean {
  const counts = (of: number) =>
    words.lower(of) === 'of' &&
    of >= 1 &&
    (QUANTITIES.has(words.lower(of - 1)) || GROUPS.has(words.lower(of - 1)));
  if (i >= 2 && counts(i - 1)) return true;
  // One capitalised word naming a people no dictionary codes: no mention of an actor or a country
  // (those carry the agent noun themselves: "a group of Kurdish refugees").
  const name = i - 1;
  if (name < 2 || !isCapitalised(words.word(name)) || !counts(name - 1)) return false;
  const start = words.start(name);
  const end = words.end(name);
  return !mentions.some((m) => {
    const entity = words.doc.entities[m.entity];
    return m.start < end && start < m.end && (entity?.actor || entity?.country);
  });
}

function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true;
  return false;
}

/** Nouns after which an agent word is an adjective, not an actor: "a general strike". */
const MODIFIED_NOUNS = new Set([
  'strike',
  'strikes',
  'election',
  'elections',
  'assembly',
  'public',
  'amnesty',
  'staff',
]);

/** Words before a bare agent noun that make it a noun phrase of its own: "the police". */
const BARE_BEFORE = new Set(['the', 'a', 'an', 'some', 'several', 'many', '']);

/**
 * "The government expressed appreciation…", "Police arrested…": an agent noun that belongs to no
 * named actor is an actor of unknown country, `---GOV`, as PETRARCH codes it. Not a title before
 * a name ("President Obama"), nor a word inside another actor or mention.
 */
function bareAgents(
  words: SentenceWords,
  index: AgentIndex,
  taken: readonly ActorSpan[],
  mentions: readonly (Span & { readonly entity: number })[],
): ActorSpan[] {
  const out: ActorSpan[] = [];
  /** Word index where the last bare agent noun ends. */
  let lastBare = -1;
  for (let i = 0; i < words.length; i++) {
    const agent = index.at(words, i);
    if (!agent || agent.prefix) continue;
    const last = i + agent.words.length - 1;
    const start = words.start(i);
    const end = words.end(last);
    const before = i === 0 ? '' : words.lower(i - 1);
    // "thousands of people", "dozens of students", "a group of Chechen refugees": a count or a
    // group of them, with perhaps one name of a people no dictionary codes between.
    const counted = countedAt(words, i, mentions);
    const titleOfName = isCapitalised(words.word(last + 1));
    const modifier = MODIFIED_NOUNS.has(words.lower(last + 1));
    // "Clerics and lawmakers believe": a member joined to a bare agent noun is one too.
    const joinedToBare = COORDINATORS.has(before) && lastBare === i - 2;
    const bare = (BARE_BEFORE.has(before) || counted || joinedToBare) && !titleOfName && !modifier;
    if (bare && !overlapsAny(taken, start, end) && !overlapsAny(mentions, start, end)) {
      out.push({ start, end, entity: -1, actor: `---${agent.role}` });
      lastBare = last;
    }
    i = last;
  }
  return out;
}

/**
 * "inhabitants of the Syrian Golan Heights": where a nationality of the place's own country
 * stands just before it, where that nationality starts (an "of" before it is the place's).
 */
function nationalityBefore(
  doc: Doc,
  mentions: readonly { start: number; end: number; entity: number }[],
  k: number,
): number | undefined {
  const m = mentions[k];
  const previous = mentions[k - 1];
  if (!m || !previous) return undefined;
  const nationality = doc.entities[previous.entity];
  const same =
    nationality?.type === 'NORP' && nationality.country === doc.entities[m.entity]?.country;
  return same && doc.text.slice(previous.end, m.start).trim() === '' ? previous.start : undefined;
}

/**
 * "Indian Prime Minister Narendra Modi": the nationality only qualifies the name after it (a run of
 * capitalised words up to the next mention), which is the actor. Otherwise a nationality stands
 * for its country, as in PETRARCH's dictionaries: "rejected an Indian proposal" → IND.
 */
function namesNext(doc: Doc, m: { end: number }, next: { start: number } | undefined): boolean {
  if (!next) return false;
  const between = doc.text.slice(m.end, next.start).trim();
  return between === '' || /^(?:\p{Lu}[\p{L}.'-]*\s*)+$/u.test(between);
}

/**
 * "Russian troops", "Darfur rebels": a nationality or a place of a country directly before an agent
 * noun is an actor; in "Hungarian and Romanian officials" both share the noun. The agent and where
 * it ends (the mention's own end when the noun belongs to a later member).
 */
function sharedAgent(
  doc: Doc,
  words: SentenceWords,
  index: AgentIndex,
  mentions: readonly { start: number; end: number; entity: number }[],
  k: number,
): { agent: Agent; end: number } | undefined {
  const m = mentions[k] as { start: number; end: number };
  const own = nationalAgent(words, words.indexAt(m.end), index);
  if (own) return own;
  const next = mentions[k + 1];
  if (!next || !doc.entities[next.entity]?.country || !joined(doc, m, next)) return undefined;
  const later = sharedAgent(doc, words, index, mentions, k + 1);
  return later ? { agent: later.agent, end: m.end } : undefined;
}

/** "Russian troops", "the Indian army": a nationality directly before an agent noun is an actor. */
function nationalAgent(words: SentenceWords, next: number, index: AgentIndex) {
  const agent = index.at(words, next);
  return agent ? { agent, end: words.end(next + agent.words.length - 1) } : undefined;
}

/** How many words back from an actor its "of" may stand: "the mayor of the northern city of Nablus". */
const OF_REACH = 7;

/**
 * The agent an actor is "of", across "the", lower-case modifiers and a nested "of": "the mayor of
 * the northern city of Nablus". Its first word index and the agent, or undefined.
 */
function agentOf(words: SentenceWords, first: number, index: AgentIndex) {
  for (let k = first - 1; k >= Math.max(1, first - OF_REACH); k--) {
    const link = words.lower(k);
    if (OF.has(link) || link === 'in') {
      const agent = agentEndingAt(words, k, index, (_, s) => link === 'of' || unclaimed(words, s));
      if (agent) return agent;
    } else if (!/^\p{Ll}[\p{Ll}-]*$/u.test(words.word(k))) return undefined;
  }
  return undefined;
}

/**
 * "Rebels in the Ivory Coast", "troops from Chad": an agent noun in or from a place is that place's
 * when nothing before it names whose it is ("Russian troops in Syria", "its forces in Lebanon").
 */
function unclaimed(words: SentenceWords, agentAt: number): boolean {
  if (agentAt === 0) return true;
  const before = words.word(agentAt - 1);
  // "A court in Guyana": an article opening the sentence is capitalised, and claims nothing.
  if (ARTICLES.has(before.toLowerCase())) return true;
  return !isCapitalised(before) && !POSSESSIVE_DETERMINERS.has(before.toLowerCase());
}

const ARTICLES = new Set(['a', 'an', 'the']);
/** "Israel has strengthened its forces in Lebanon": the forces are the subject's. */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'whose']);

function widenByAgents(
  doc: Doc,
  words: SentenceWords,
  index: AgentIndex,
  base: readonly ActorSpan[],
): ActorSpan[] {
  const out = [...base];
  /** "Lawmakers and officials in A and B": the members again, with the other agent noun. */
  const extra: ActorSpan[] = [];
  for (let k = 0; k < base.length; k++) {
    const a = base[k] as ActorSpan;
    const first = words.indexAt(a.start);
    const last = words.indexAt(a.end) - 1;
    // 1.
    const of = agentOf(words, first, index);
    if (of) {
      const also = agentJoinedBefore(words, of.at, index);
      const from = words.start(also ? also.at : of.at);
      for (const member of compound(doc, base, k, 1)) {
        const at = out.indexOf(member);
        const start = at === out.indexOf(a) ? from : member.start;
        out[at] = { ...member, start, actor: withRole(member.actor, of.agent) };
        if (also) extra.push({ ...member, start, actor: withRole(member.actor, also.agent) });
      }
    }
    // 2.
    let j = last + 1;
    const possessive = POSSESSIVE.has(words.lower(j));
    if (possessive) j++;
    for (let mods = 0; mods <= (possessive ? MAX_MODIFIERS : 0) && j < words.length; mods++, j++) {
      const agent = index.at(words, j);
      if (agent) {
        const at = out.findIndex(
          (o) => o.entity === a.entity && o.start <= a.start && a.end <= o.end,
        );
        const current = out[at] as ActorSpan;
        // "exiled leaders of Egypt's Muslim Brotherhood": both agents, EGY + OPP + MUS.
        if (current.actor.startsWith(a.actor))
          out[at] = {
            ...current,
            end: words.end(j + agent.words.length - 1),
            actor: withRole(current.actor, agent),
          };
        break;
      }
      if (isCapitalised(words.word(j)) || /[^\p{L}-]/u.test(words.word(j))) break;
      // "Ithilen's awful and evil minister": a conjunction joins modifiers, it adds none; with no
      // modifier before it, it joins another actor ("Macron and Chancellor Scholz").
      if (COORDINATORS.has(words.lower(j))) {
        if (mods === 0) break;
        mods--;
      }
    }
    // 3.
    const prefix = prefixAgentBefore(words, first, index);
    if (prefix) {
      const at = out.findIndex(
        (o) => o.entity === a.entity && o.start <= a.start && a.end <= o.end,
      );
      const current = out[at] as ActorSpan;
      out[at] = {
        ...current,
        start: words.start(prefix.at),
        actor: withRole(current.actor, prefix.agent),
      };
    }
  }
  return [...out, ...extra];
}

const COORDINATORS = new Set(['and', 'or']);

/** "lawmakers and officials in Arnor": an agent noun joined by "and" to the one at word `at`. */
function agentJoinedBefore(words: SentenceWords, at: number, index: AgentIndex) {
  if (!COORDINATORS.has(words.lower(at - 1))) return undefined;
  return agentEndingAt(words, at - 1, index, (agent) => !agent.prefix);
}

/** "An MSF Arnor diplomat": an agent the dictionary puts before the code (`[NGO~]`), just before the actor. */
function prefixAgentBefore(words: SentenceWords, first: number, index: AgentIndex) {
  return agentEndingAt(words, first, index, (agent) => agent.prefix);
}

/** How many words an agent noun may have: "human rights body". */
const AGENT_WORDS = 4;

/**
 * The agent noun that ends just before word `end` and that `accepts` takes, the farthest start
 * first, so the longest wins ("exiled leaders of"): its first word index and the agent.
 */
function agentEndingAt(
  words: SentenceWords,
  end: number,
  index: AgentIndex,
  accepts: (agent: Agent, at: number) => boolean,
): { at: number; agent: Agent } | undefined {
  for (let s = Math.max(0, end - AGENT_WORDS); s < end; s++) {
    const agent = index.at(words, s);
    if (agent && s + agent.words.length === end && accepts(agent, s)) return { at: s, agent };
  }
  return undefined;
}
