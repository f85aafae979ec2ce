import type { ActorCode, Mention } from '../../doc/types.js';
import { organisationCode } from '../entities/gazetteer-match.js';
import { isSeatOn } from '../knowledge/seats.js';
import type { Knowledge, Office, Person } from '../knowledge/types.js';
import { leaderGovernment } from './leader-government.js';
import { party } from './party.js';
import type { TitleContext } from './title-context.js';

export interface Canonical {
  name: string | null;
  actor: ActorCode | null;
  country: string | null;
  office?: string;
  officeRole?: string;
}

/** What the linker knows about an article while it links one entity. */
export interface LinkContext {
  readonly kb: Knowledge;
  readonly date: string | null;
  /** The title before the entity's first titled mention, if any. */
  readonly title: TitleContext | undefined;
  /** The article's dominant country, computed on demand. */
  dominant(): string | null;
  /** The entity is a capital standing for its government ("Moscow sent troops"). */
  readonly government: boolean;
  /** The entity is a state named as gone ("the former Yugoslavia"): a place, not an actor. */
  readonly former?: boolean;
  /** Country of a demonym or country name right before the entity's first mention. */
  readonly countryBefore: string | null;
  /** CAMEO role a name's own head words give ("Foreign Ministry" → GOV), or null. */
  readonly headRole: string | null;
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}

function asLeader(person: Person, office: Office): Canonical {
  return {
    name: person.name,
    actor: `${office.country}GOV`,
    country: office.country,
    office: office.position,
    officeRole: office.role,
  };
}

/** A leader by another spelling ("Omar El Bashir"), or by surname after a title with a country. */
function leaderByName(mention: Mention, context: LinkContext): Canonical | undefined {
  const { kb, date, title } = context;
  const exact = kb.peopleByNameVariant(mention.text);
  const near = exact.length > 0 ? [] : kb.peopleByNearSpelling(mention.text);
  // A misspelling links only where it can mean one person.
  const variants = exact.length > 0 ? exact : near.length === 1 ? near : [];
  for (const person of variants) {
    const office = kb.officeOn(person, date);
    if (office) return asLeader(person, office);
  }
  if (variants.length === 1) return knownPerson(mention, variants[0] as Person, context);
  const country = title?.country ?? mention.country ?? undefined;
  if (!title || title.role === '' || title.former) return undefined;
  if (!country && date === null) return undatedHolder(mention, kb, title);
  const surname = mention.text.split(/\s+/u).at(-1) ?? '';
  const holders = kb
    .peopleBySurname(surname)
    .flatMap((person) => {
      const office = kb.officeOn(person, date, country);
      return office ? [{ person, office }] : [];
    })
    .filter(
      ({ person }) => mention.text.split(/\s+/u).length === 1 || person.name === mention.text,
    );
  const only = holders.length === 1 ? holders[0] : undefined;
  return only ? asLeader(only.person, only.office) : undefined;
}

/**
 * An undated "President Bush": the one person of that surname who ever held an office the title
 * names ("president"), in that office; none where two did or none did.
 */
function undatedHolder(
  mention: Mention,
  kb: Knowledge,
  title: TitleContext,
): Canonical | undefined {
  const named = title.words;
  if (!named || mention.text.split(/\s+/u).length > 1) return undefined;
  const holders = kb.peopleBySurname(mention.text).flatMap((person) => {
    const office = person.offices.find((o) => o.position.toLowerCase() === named);
    return office ? [{ person, office }] : [];
  });
  const only = holders.length === 1 ? holders[0] : undefined;
  if (only) return asLeader(only.person, only.office);
  // "President Assad": two held it, both of Syria.
  const countries = new Set(holders.map((h) => h.office.country));
  const [country] = countries;
  return countries.size === 1 && country
    ? { name: null, actor: `${country}GOV`, country }
    : undefined;
}

/** The actor a title gives: its country (or the article's) with the role; ELI for a former office. */
function titledActor(mention: Mention, context: LinkContext): Canonical {
  const { title } = context;
  const unknown = { name: null, actor: null, country: mention.country };
  const ofParty = title?.party ? party(title.party, context) : undefined;
  if (ofParty?.actor) return { name: null, actor: ofParty.actor, country: ofParty.country };
  if (!title || title.role === '') return unknown;
  if (title.organisation) return { name: null, actor: title.organisation, country: null };
  const country = title.country ?? mention.country ?? context.dominant();
  const role = title.former ? 'ELI' : title.role;
  // "Judge Alejandro Rivera" with no country in sight: a judge of unknown country, as PETRARCH
  // codes an agent noun alone (`---JUD`); not where an unknown organisation owns the title.
  if (!country)
    return title.unowned && mention.type === 'PERSON'
      ? { name: null, actor: `---${role}`, country: null }
      : unknown;
  return { name: null, actor: `${country}${role}`, country };
}

/**
 * A person the tables know:
 * 1. holding a leaders-table office on the date (and not titled "former") → `<country>GOV`;
 * 2. carrying a dated Phoenix code other than ELI on the date (`[ISRGOV 960618-990706]`) → it;
 * 3. else the title's role, else Phoenix's ELI or undated default code;
 * 4. else, every office of theirs over by the date, `<country>ELI`.
 */
function knownPerson(mention: Mention, entry: Person, context: LinkContext): Canonical {
  const { kb, date } = context;
  const office = kb.officeOn(entry, date);
  const former = context.title?.former ?? false;
  if (office && !former) return asLeader(entry, office);
  const code = kb.codeOn(entry, date);
  const coded = code
    ? { name: entry.name, actor: code.code, country: countryOf(code.code, kb) }
    : undefined;
  // Phoenix's ELI periods mean "out of office": a title in the article says more.
  if (coded && code?.start !== '' && !code?.code.endsWith('ELI') && !former) return coded;
  const titled = { ...titledActor(mention, context), name: entry.name };
  // "President Francois Mitterrand" undated, "Secretary of State John Kerry met Lavrov": a title
  // that names no country is held in the person's own, not the article's dominant one.
  const { title } = context;
  const countryless = title && !title.country && !title.organisation && !title.party;
  const own = countryless && titled.actor ? ownCountry(entry, code?.code, kb) : null;
  if (own) return { ...titled, actor: `${own}${titled.actor?.slice(3)}`, country: own };
  if (titled.actor !== null) return titled;
  return coded ?? formerLeader(entry, context) ?? titled;
}

/** The country of a person's latest office, else of their code. */
function ownCountry(entry: Person, code: string | undefined, kb: Knowledge): string | null {
  const latest = [...entry.offices].sort((a, b) => (a.start < b.start ? 1 : -1))[0];
  return latest?.country ?? (code ? countryOf(code, kb) : null);
}

/** A leader whose offices all ended before the date is an elite of that country (`KORELI`). */
function formerLeader(entry: Person, context: LinkContext): Canonical | undefined {
  const { date } = context;
  if (date === null) return undefined;
  const ended = entry.offices
    .filter((o) => o.end !== null && o.end.slice(0, date.length) < date)
    .sort((a, b) => ((a.end ?? '') < (b.end ?? '') ? 1 : -1))[0];
  if (!ended || entry.offices.some((o) => o.start > date)) return undefined;
  return { name: entry.name, actor: `${ended.country}ELI`, country: ended.country };
}

function countryOf(code: string, kb: Knowledge): string | null {
  const country = code.slice(0, 3);
  return kb.countries.has(country) ? country : null;
}

function person(mention: Mention, id: string, context: LinkContext): Canonical {
  if (context.government) {
    const government = leaderGovernment(mention, context);
    if (government) return government;
  }
  const { kb } = context;
  if (id !== '' && mention.key.startsWith('person:')) {
    const known = kb.personById(id);
    if (known) return knownPerson(mention, known, context);
  }
  return leaderByName(mention, context) ?? titledActor(mention, context);
}

function unnamed(mention: Mention): Canonical {
  return { name: null, actor: null, country: mention.country };
}

/** An unknown organisation whose head words name a role: "German Foreign Ministry" → DEUGOV. */
function institution(mention: Mention, context: LinkContext): Canonical {
  if (!context.headRole) return unnamed(mention);
  const country = mention.country ?? context.countryBefore ?? context.dominant();
  return country
    ? { name: null, actor: `${country}${context.headRole}`, country }
    : unnamed(mention);
}

/**
 * What a mention's key (and the title before it) says about who it is:
 * 1. a country is its own actor (`RUS`); a capital city stands for its country (`New Delhi` → `IND`);
 * 2. a person in the leaders lexicon (any spelling) is `<country>GOV` while in office on the date;
 * 3. another person with a title takes the title's country and role (`Judge X` → `<country>JUD`);
 * 4. a known organisation, or a seat of government (`the Kremlin` → `RUSGOV`), carries its code.
 */
export function canonical(mention: Mention, context: LinkContext): Canonical {
  const [kind, id = ''] = splitKey(mention.key);
  const { kb } = context;
  switch (kind) {
    case 'country': {
      const country = kb.countries.get(id);
      if (context.former)
        return { name: `former ${country?.name ?? id}`, actor: null, country: null };
      return { name: country?.name ?? null, actor: id, country: id };
    }
    case 'place': {
      const capital = kb.lookup(id.toLowerCase()).some((h) => isSeatOn(h, context.date));
      const actor = capital && mention.country ? mention.country : null;
      return {
        name: id,
        actor: actor && context.government ? `${actor}GOV` : actor,
        country: mention.country,
      };
    }
    case 'person':
      return person(mention, id, context);
    case 'party':
      return party(mention, context);
    case 'org': {
      const code = organisationCode(mention.key) ?? id;
      const country = code.slice(0, 3);
      return { name: null, actor: code, country: kb.countries.has(country) ? country : null };
    }
    default:
      if (mention.type === 'PERSON' || context.title?.role || context.title?.party)
        return person(mention, '', context);
      return mention.type === 'ORG' ? institution(mention, context) : unnamed(mention);
  }
}
