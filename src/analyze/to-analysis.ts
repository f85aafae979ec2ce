import type { Doc } from '../doc/doc.js';
import type { Article } from '../extract/article.js';
import { ANALYSIS_SCHEMA, type Analysis } from './analysis.js';

/** Serialises a Doc to the analysis contract, entity indices becoming entity ids. */
export function toAnalysis(article: Article, doc: Doc): Analysis {
  const entityId = (index: number | null): string | null =>
    index === null ? null : (doc.entities[index]?.id ?? null);
  return {
    schema: ANALYSIS_SCHEMA,
    article: { ...article, text: doc.text, published: doc.context.published },
    entities: doc.entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      actor: entity.actor,
      country: entity.country,
      ...(entity.office ? { office: entity.office } : {}),
      ...(entity.lat !== undefined && entity.lon !== undefined
        ? { lat: entity.lat, lon: entity.lon }
        : {}),
      mentions: entity.mentions.map((index) => {
        const { start, end, text, kind } = doc.mentions[index] as Doc['mentions'][number];
        return { start, end, text, kind };
      }),
    })),
    times: doc.times.map(({ start, end, text, type, value }) => ({
      start,
      end,
      text,
      type,
      value,
    })),
    quotes: doc.quotes.map(({ start, end, text, kind, speaker, cue }) => ({
      start,
      end,
      text,
      kind,
      speaker: entityId(speaker),
      ...(cue ? { cue: { start: cue.start, end: cue.end, text: doc.slice(cue) } } : {}),
    })),
    events: doc.events.map((event) => ({
      ...event,
      source: { entity: entityId(event.source.entity), actor: event.source.actor },
      target: { entity: entityId(event.target.entity), actor: event.target.actor },
      evidence: { start: event.evidence.start, end: event.evidence.end },
      trigger: { start: event.trigger.start, end: event.trigger.end },
    })),
  };
}
