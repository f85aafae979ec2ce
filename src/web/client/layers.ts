import type { ArticleDetail } from './types';

export type LayerKind = 'entity' | 'quote' | 'time' | 'event' | 'focus';

/** One highlighted range of the article text; `key` names the item it belongs to (`event:0`). */
export interface LayerSpan {
  start: number;
  end: number;
  kind: LayerKind;
  key: string;
  /** CSS classes, e.g. `ent ent-PERSON`. */
  className: string;
}

/** A run of text covered by the same spans. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  spans: LayerSpan[];
}

/** Every layer of an article as spans; entity classes name the type (`ent-GPE`). */
export function articleSpans(article: ArticleDetail, shown: ReadonlySet<LayerKind>): LayerSpan[] {
  const spans: LayerSpan[] = [];
  if (shown.has('entity')) {
    for (const entity of article.entities) {
      const className = `ent ent-${entity.type.replace(/[^A-Z_]/gu, '')}`;
      for (const m of entity.mentions) {
        spans.push({
          start: m.start,
          end: m.end,
          kind: 'entity',
          key: `entity:${entity.id}`,
          className,
        });
      }
    }
  }
  if (shown.has('quote')) {
    article.quotes.forEach((q, i) => {
      spans.push({
        start: q.start,
        end: q.end,
        kind: 'quote',
        key: `quote:${i}`,
        className: 'quote',
      });
    });
  }
  if (shown.has('time')) {
    article.times.forEach((t, i) => {
      spans.push({ start: t.start, end: t.end, kind: 'time', key: `time:${i}`, className: 'time' });
    });
  }
  if (shown.has('event')) {
    article.events.forEach((e, i) => {
      const { start, end } = e.evidence;
      spans.push({ start, end, kind: 'event', key: `event:${i}`, className: 'evidence' });
    });
  }
  return spans;
}

/**
 * Cuts the text at every span boundary, so overlapping layers (a name inside a quote inside an
 * event's evidence) become runs that each know all the spans covering them. Out-of-range spans
 * are clipped; the text itself is never interpreted.
 */
export function segment(text: string, spans: readonly LayerSpan[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    segments.push({ start, end, text: text.slice(start, end), spans: covering });
  }
  return segments;
}

/** The item a click on a run means: the narrowest span covering it (a name before its sentence). */
export function narrowest(spans: readonly LayerSpan[]): LayerSpan | undefined {
  return spans
    .filter((s) => s.kind !== 'focus')
    .reduce<LayerSpan | undefined>(
      (best, s) => (!best || s.end - s.start < best.end - best.start ? s : best),
      undefined,
    );
}
