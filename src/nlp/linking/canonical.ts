import type { ActorCode, Mention } from '../../doc/types.js';
import type { Knowledge, Office, Person } from '../knowledge/types.js';
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
  for (const person of kb.peopleByNameVariant(mention.text)) {
    const office = kb.officeOn(person, date);
    if (office) return asLeader(person, office);
  }
  const country = title?.country ?? mention.country ?? undefined;
  if (!title || title.role === '' || title.former || (!country && date === null)) return undefined;
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

/** The actor a title gives: its country (or the article's) with the role; ELI for a former office. */
function titledActor(mention: Mention, context: LinkContext): Canonical {
  const { title } = context;
  const unknown = { name: null, actor: null, country: mention.country };
  if (!title || title.role === '') return unknown;
  if (title.organisation) return { name: null, actor: title.organisation, country: null };
  const country = title.country ?? mention.country ?? context.dominant();
  if (!country) return unknown;
  return { name: null, actor: `${country}${title.former ? 'ELI' : title.role}`, country };
}

function person(mention: Mention, id: string, context: LinkContext): Canonical {
  const { kb, date } = context;
  if (id !== '' && mention.key.startsWith('person:')) {
    const known = kb.lookup(mention.text.toLowerCase()).find((h) => h.kind === 'person');
    if (known?.kind === 'person') {
      const office = kb.officeOn(known.entry, date);
      if (office && !context.title?.former) return asLeader(known.entry, office);
      return { ...titledActor(mention, context), name: known.entry.name };
    }
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
      return { name: country?.name ?? null, actor: id, country: id };
    }
    case 'place': {
      const capital = kb
        .lookup(id.toLowerCase())
        .some((h) => h.kind === 'place' && h.entry.capital);
      const actor = capital && mention.country ? mention.country : null;
      return {
        name: id,
        actor: actor && context.government ? `${actor}GOV` : actor,
        country: mention.country,
      };
    }
    case 'person':
      return person(mention, id, context);
    case 'org': {
      const country = id.slice(0, 3);
      return { name: null, actor: id, country: kb.countries.has(country) ? country : null };
    }
    default:
      if (mention.type === 'PERSON' || context.title?.role) return person(mention, '', context);
      return mention.type === 'ORG' ? institution(mention, context) : unnamed(mention);
  }
}
