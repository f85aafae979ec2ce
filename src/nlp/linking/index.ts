import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import type { Entity, Mention } from '../../doc/types.js';
import { organisationCode } from '../entities/gazetteer-match.js';
import type { Knowledge } from '../knowledge/types.js';
import { acronymAliases } from './acronyms.js';
import { appositiveTitle, partyAfter } from './appositive.js';
import { canonical, type LinkContext } from './canonical.js';
import { dominantCountry } from './dominant.js';
import { countryCounts, geocode, mentionsByStart } from './geocode.js';
import { isGovernmentMetonym, isLeaderGovernment } from './metonyms.js';
import { mergeNameParts } from './name-parts.js';
import { roleIndex } from './roles.js';
import {
  countryRightBefore,
  headRole,
  type MentionsByEnd,
  mentionsByEnd,
  type TitleContext,
  titleBefore,
} from './title-context.js';

/** Suffix of the grouping key of a capital standing for its government, kept apart from the place. */
const GOVERNMENT = '#government';

/** Suffix of the grouping key of a state named as gone ("the former Yugoslavia"): no actor. */
const FORMER = '#former';

function isFormerCountry(doc: Doc, mention: Mention): boolean {
  if (!mention.key.startsWith('country:')) return false;
  const at = doc.tokens.indexAt(mention.start);
  const sentence = doc.sentenceAt(mention.start);
  return !!sentence && at > sentence.firstToken && doc.tokenText(at - 1).toLowerCase() === 'former';
}

/** The country of the one leader in office on the date with this name or surname. */
function leaderCountry(name: string, kb: Knowledge, date: string | null): string | null {
  const surname = name.split(/\s+/u).at(-1) ?? '';
  const countries = new Set(
    kb.peopleBySurname(surname).flatMap((p) => kb.officeOn(p, date)?.country ?? []),
  );
  return countries.size === 1 ? ([...countries][0] ?? null) : null;
}

/** How many of an entity's first name mentions are read for an appositive or a party. */
const APPOSITIVE_MENTIONS = 3;

/** Entity types whose names can carry a title before them. */
const TITLED_TYPES = new Set(['PERSON', 'MISC']);

/**
 * The first title before any of the group's mentions that has a role, else the first title in
 * apposition ("X, speaker of the parliament,"), a party named right after a name ("X of the
 * People Power Party") coming first; else the first honorific.
 */
function groupTitle(
  doc: Doc,
  group: readonly number[],
  kb: Knowledge,
  byEnd: MentionsByEnd,
  byStart: ReadonlyMap<number, Mention>,
): TitleContext | undefined {
  const first = doc.mentions[group[0] as number] as Mention;
  if (!TITLED_TYPES.has(first.type)) return undefined;
  let honorific: TitleContext | undefined;
  for (const index of group) {
    const mention = doc.mentions[index] as Mention;
    // A surname folded in under another type ("Davies" read as a place) has no title of its own.
    if (!TITLED_TYPES.has(mention.type)) continue;
    const title = titleBefore(doc, mention, roleIndex(kb), byEnd);
    if (title && title.role !== '') return title;
    honorific ??= title;
  }
  // An appositive or a party comes with one of the first mentions.
  const names = group
    .map((index) => doc.mentions[index] as Mention)
    .filter((m) => TITLED_TYPES.has(m.type) && m.kind === 'name')
    .slice(0, APPOSITIVE_MENTIONS);
  for (const mention of names) {
    const party = partyAfter(doc, mention, byStart);
    if (party) return { role: '', country: null, organisation: null, former: false, party };
  }
  for (const mention of names) {
    const title = appositiveTitle(doc, mention, roleIndex(kb), byEnd, (person) =>
      leaderCountry(person.text, kb, doc.publishedDate),
    );
    if (title) return title;
  }
  return honorific;
}

/** Groups name mentions that refer to the same thing into entities with actor codes. */
export function createLinker(kb: Knowledge): Component {
  return {
    name: 'linking',
    requires: ['mentions'],
    assigns: ['entities'],
    run(doc: Doc) {
      const groups = new Map<string, number[]>();
      const aliases = acronymAliases(doc);
      doc.mentions.forEach((mention, index) => {
        const key =
          isGovernmentMetonym(doc, mention, kb) || isLeaderGovernment(doc, mention)
            ? `${mention.key}${GOVERNMENT}`
            : isFormerCountry(doc, mention)
              ? `${mention.key}${FORMER}`
              : (aliases.get(mention.key) ?? mention.key);
        const group = groups.get(key);
        if (group) group.push(index);
        else groups.set(key, [index]);
      });
      const merged = mergeNameParts(groups, doc.mentions);
      const byEnd = mentionsByEnd(doc.mentions);
      const byStart = mentionsByStart(doc.mentions);
      let counts: Map<string, number> | undefined;
      const countsOnce = () => {
        counts ??= countryCounts(doc.mentions);
        return counts;
      };
      let dominant: string | null | undefined;
      const dominantOnce = () => {
        dominant ??= dominantCountry(doc.mentions);
        return dominant;
      };
      for (const [key, group] of merged) {
        // The mention that gave the group its key ("Madeleine Albright"), not a surname folded
        // in before it (a headline's "Albright").
        const base = key.replace(/#.*$/u, '');
        const named = group.find((i) => doc.mentions[i]?.key === base) ?? group[0];
        const first = doc.mentions[named as number] as Mention;
        const unknownOrg = first.type === 'ORG' && organisationCode(first.key) === null;
        const party = first.key.startsWith('party:');
        const context: LinkContext = {
          kb,
          date: doc.publishedDate,
          title: groupTitle(doc, group, kb, byEnd, byStart),
          dominant: dominantOnce,
          government: key.endsWith(GOVERNMENT),
          former: key.endsWith(FORMER),
          countryBefore: unknownOrg ? countryRightBefore(doc, first, byEnd) : null,
          headRole: unknownOrg && !party ? headRole(first.text, roleIndex(kb)) : null,
        };
        const found = canonical(first, context);
        const entity: Entity = {
          id: `e${doc.entities.length + 1}`,
          type: first.type,
          name: found.name ?? first.text,
          actor: found.actor,
          country: found.country,
          mentions: [],
          ...(found.office ? { office: found.office, officeRole: found.officeRole } : {}),
        };
        const city = geocode(doc, first, kb, byStart, countsOnce);
        if (city) {
          entity.lat = city.lat;
          entity.lon = city.lon;
          if (city.country !== entity.country) {
            entity.country = city.country;
            entity.actor = null;
          }
        }
        const entityIndex = doc.entities.push(entity) - 1;
        for (const index of group) {
          const mention = doc.mentions[index] as Mention;
          if (mention.text.length > entity.name.length && !found.name) entity.name = mention.text;
          entity.mentions.push(index);
          mention.entity = entityIndex;
        }
      }
    },
  };
}
