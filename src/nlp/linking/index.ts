import type { Doc } from '../../doc/doc.js';
import type { Component } from '../../doc/pipeline.js';
import type { Entity, Mention } from '../../doc/types.js';
import type { Knowledge } from '../knowledge/types.js';
import { canonical, type LinkContext } from './canonical.js';
import { dominantCountry } from './dominant.js';
import { countryCounts, geocode, mentionsByStart } from './geocode.js';
import { isGovernmentMetonym } from './metonyms.js';
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

/** Entity types whose names can carry a title before them. */
const TITLED_TYPES = new Set(['PERSON', 'MISC']);

/** The first title before any of the group's mentions that has a role, else the first honorific. */
function groupTitle(
  doc: Doc,
  group: readonly number[],
  kb: Knowledge,
  byEnd: MentionsByEnd,
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
      doc.mentions.forEach((mention, index) => {
        const key = isGovernmentMetonym(doc, mention, kb)
          ? `${mention.key}${GOVERNMENT}`
          : mention.key;
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
        const first = doc.mentions[group[0] as number] as Mention;
        const unknownOrg = first.type === 'ORG' && !first.key.startsWith('org:');
        const context: LinkContext = {
          kb,
          date: doc.publishedDate,
          title: groupTitle(doc, group, kb, byEnd),
          dominant: dominantOnce,
          government: key.endsWith(GOVERNMENT),
          countryBefore: unknownOrg ? countryRightBefore(doc, first, byEnd) : null,
          headRole: unknownOrg ? headRole(first.text, roleIndex(kb)) : null,
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
