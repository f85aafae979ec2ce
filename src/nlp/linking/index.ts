import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import type { ActorCode, Entity, Mention } from '../../doc/types.js';
import type { Knowledge } from '../knowledge/types.js';

interface Canonical {
  name: string | null;
  actor: ActorCode | null;
  country: string | null;
  office?: string;
  officeRole?: string;
}

/**
 * What a mention's key says about who it is:
 * 1. a country is its own actor (`RUS`);
 * 2. a capital city stands for its country's government (`New Delhi` → `IND`);
 * 3. a person in the leaders lexicon is `<country>GOV` while in office on the article date;
 * 4. a known organisation carries its CAMEO code; anything else has no actor.
 */
function canonical(mention: Mention, kb: Knowledge, date: string | null): Canonical {
  const [kind, id = ''] = splitKey(mention.key);
  switch (kind) {
    case 'country': {
      const country = kb.countries.get(id);
      return { name: country?.name ?? null, actor: id, country: id };
    }
    case 'place': {
      const capital = kb
        .lookup(id.toLowerCase())
        .some((h) => h.kind === 'place' && h.entry.capital);
      return { name: id, actor: capital ? mention.country : null, country: mention.country };
    }
    case 'person': {
      const person = kb.lookup(mention.text.toLowerCase()).find((h) => h.kind === 'person');
      if (person?.kind !== 'person') return { name: null, actor: null, country: mention.country };
      const office = kb.officeOn(person.entry, date);
      const actor = office ? `${office.country}GOV` : null;
      return {
        name: person.entry.name,
        actor,
        country: office?.country ?? mention.country,
        ...(office ? { office: office.position, officeRole: office.role } : {}),
      };
    }
    case 'org':
      return { name: null, actor: id, country: null };
    default:
      return { name: null, actor: null, country: mention.country };
  }
}

function splitKey(key: string): [string, string] {
  const colon = key.indexOf(':');
  return [key.slice(0, colon), key.slice(colon + 1)];
}

/** Groups name mentions that refer to the same thing into entities with actor codes. */
export function createLinker(kb: Knowledge): Component {
  return {
    name: 'linking',
    requires: ['mentions'],
    assigns: ['entities'],
    run(doc: Doc) {
      const byKey = new Map<string, number>();
      doc.mentions.forEach((mention, index) => {
        let entityIndex = byKey.get(mention.key);
        if (entityIndex === undefined) {
          const found = canonical(mention, kb, doc.publishedDate);
          const entity: Entity = {
            id: `e${doc.entities.length + 1}`,
            type: mention.type,
            name: found.name ?? mention.text,
            actor: found.actor,
            country: found.country,
            mentions: [],
            ...(found.office ? { office: found.office, officeRole: found.officeRole } : {}),
          };
          entityIndex = doc.entities.push(entity) - 1;
          byKey.set(mention.key, entityIndex);
        }
        const entity = doc.entities[entityIndex] as Entity;
        if (mention.text.length > entity.name.length && !entity.actor) entity.name = mention.text;
        entity.mentions.push(index);
        mention.entity = entityIndex;
      });
    },
  };
}
