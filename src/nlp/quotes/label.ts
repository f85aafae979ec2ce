import type { Doc } from '../../doc/doc.js';
import { spansWithin } from '../../doc/spans.js';
import { SPEAKER_LABEL } from './marks.js';
import { isSpeaker } from './speakers.js';

/**
 * The speaker named by a transcript label opening a quote (`"PENCE: Well, …`): the one person of
 * the article whose name ends with the label's last word (`Mike Pence`), else a name recognised on
 * the label itself, else null.
 */
export function labelSpeaker(doc: Doc, contentStart: number): number | null {
  const label = SPEAKER_LABEL.exec(doc.text.slice(contentStart, contentStart + 40))?.[0];
  if (!label) return null;
  const on = spansWithin(doc.mentions, contentStart, contentStart + label.length).find(isSpeaker);
  return personNamed(doc, label.replace(/:$/u, '')) ?? on?.entity ?? null;
}

/** The one person of the article whose name ends with the last word of `label`, if exactly one. */
export function personNamed(doc: Doc, label: string): number | null {
  const word = label.trim().split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  const matching = doc.entities.flatMap((entity, index) => {
    const person = entity.type === 'PERSON' || entity.type === 'MISC';
    const named = entity.name !== entity.name.toUpperCase(); // not the label itself
    const last = entity.name.toLowerCase().split(/\s+/u).at(-1);
    return person && named && last === word ? [index] : [];
  });
  return matching.length === 1 ? (matching[0] ?? null) : null;
}
