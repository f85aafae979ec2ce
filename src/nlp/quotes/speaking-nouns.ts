import type { EntityType } from '../../doc/types.js';

/**
 * Common nouns that name who can say something, in the singular; a plural in -s, -es or -ies is
 * read back to these. People speak as PERSON ("a source", "experts"), bodies as ORG ("the
 * campaign", "police"), and works that report as MISC ("the poll", "a statement").
 */
const PEOPLE = `source official spokesman spokeswoman spokesperson expert analyst critic aide adviser advisor
  advocate activist supporter opponent ally rival voter candidate nominee leader member lawmaker legislator
  senator congressman congresswoman representative delegate superdelegate politician strategist operative
  consultant pollster insider observer commentator pundit economist scientist researcher scholar professor
  academic historian lawyer attorney prosecutor investigator detective officer judge justice witness resident
  neighbor neighbour friend relative parent father mother son daughter wife husband brother sister
  family-member colleague employee worker staffer executive manager director chairman chairwoman chair
  president founder owner organizer organiser attendee participant protester protestor demonstrator
  reporter journalist correspondent editor columnist writer author blogger host anchor moderator narrator
  diplomat ambassador envoy negotiator minister secretary governor mayor commissioner councilman
  councilwoman sheriff spokesmen spokeswomen people person man woman men women student teacher doctor
  physician nurse veteran soldier donor backer fan conservative liberal progressive republican democrat
  respondent victim survivor mourner lobbyist
  campaigner user customer consumer investor trader banker businessman businesswoman entrepreneur farmer
  engineer developer designer announcer questioner administrator contender reader viewer listener
  caller proponent detractor skeptic sceptic watcher shareholder regulator rebel militant`;

const BODIES = `campaign government administration agency ministry department office committee commission
  council board panel court tribunal union party group organization organisation coalition alliance
  association federation foundation institute company firm corporation bank team camp staff police
  military army authority authorities legislature parliament congress senate
  assembly cabinet regime movement network outlet newspaper paper magazine channel station broadcaster
  website site publisher establishment leadership electorate public community audience crowd side`;

const WORKS = `poll survey study report analysis review statement release memo letter document filing
  record lawsuit complaint ruling decision indictment affidavit transcript article story editorial
  column op-ed piece post tweet email e-mail message video ad advertisement commercial book census tally
  estimate projection forecast data figures statistics research investigation audit analyses film
  documentary clip`;

function entries(list: string, type: EntityType): [string, EntityType][] {
  return list
    .split(/\s+/u)
    .filter((w) => /^[a-z][a-z-]*$/u.test(w))
    .map((w) => [w, type]);
}

const SPEAKING_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...entries(WORKS, 'MISC'),
  ...entries(BODIES, 'ORG'),
  ...entries(PEOPLE, 'PERSON'),
]);

/** `environmentalist`, `physician`: nouns of people by what they do or study. */
const PERSON_SUFFIX = /^\p{L}{3,}(?:ist|ian)s?$/u;
/** Verbs and others that end so: `insist`, `persist`, `Christian`. */
const NOT_PEOPLE: ReadonlySet<string> = new Set([
  'insist',
  'persist',
  'resist',
  'consist',
  'assist',
  'exist',
  'coexist',
  'subsist',
  'desist',
]);

/** The type of a speaking noun, singular or plural (`sources`, `witnesses`, `parties`), else undefined. */
export function speakingNounType(word: string): EntityType | undefined {
  const lower = word.toLowerCase();
  const direct = SPEAKING_NOUNS.get(lower);
  if (direct) return direct;
  if (PERSON_SUFFIX.test(lower) && !NOT_PEOPLE.has(lower.replace(/s$/u, ''))) return 'PERSON';
  if (lower.endsWith('ies')) return SPEAKING_NOUNS.get(`${lower.slice(0, -3)}y`);
  if (lower.endsWith('es'))
    return SPEAKING_NOUNS.get(lower.slice(0, -2)) ?? SPEAKING_NOUNS.get(lower.slice(0, -1));
  if (lower.endsWith('s')) return SPEAKING_NOUNS.get(lower.slice(0, -1));
  return undefined;
}
