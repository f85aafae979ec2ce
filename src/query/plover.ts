import { dataPath } from '../doc/data-path.js';
import { type Codebook, loadCodebook } from '../events/codebook.js';
import type { EventRow } from './event-row.js';

/** One event as a PLOVER-style record (the fields of PLOVER's gold-standard JSON). */
export interface PloverRecord {
  id: string;
  date: string | null;
  event: string;
  mode: string;
  context: string;
  source: { actorText: string | null; code: string | null }[];
  target: { actorText: string | null; code: string | null }[];
  eventLoc: string | null;
  text: string;
  url: string | null;
  /** What it was coded from: CAMEO code, Goldstein score, negation and modality. */
  cameo: { code: string; goldstein: number | null; negated: boolean; modality: string };
}

let codebook: Codebook | undefined;

/**
 * The event in PLOVER (draft 0.8) terms, or null when its CAMEO code has no PLOVER type (CAMEO's
 * 01 statements) and a PLOVER user would not expect it.
 */
export function ploverRecord(event: EventRow): PloverRecord | null {
  codebook ??= loadCodebook(dataPath('cameo', 'event-codes.json'));
  const type = codebook.get(event.code)?.plover ?? codebook.get(event.root)?.plover;
  if (!type) return null;
  const side = (actorText: string | null, code: string | null) =>
    code || actorText ? [{ actorText, code }] : [];
  return {
    id: `${event.articleId}-${event.evidence.start}-${event.code}-${event.sourceActor}-${event.targetActor}`,
    date: event.date,
    event: type.event,
    mode: type.mode,
    context: type.context,
    source: side(event.sourceName, event.sourceActor),
    target: side(event.targetName, event.targetActor),
    eventLoc: event.location,
    text: event.evidence.text,
    url: event.url,
    cameo: {
      code: event.code,
      goldstein: event.goldstein,
      negated: event.negated,
      modality: event.modality,
    },
  };
}
