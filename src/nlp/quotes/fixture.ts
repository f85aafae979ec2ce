import { Analyzer } from '../../analyze/analyzer.js';

const analyzer = new Analyzer({ published: '2023-06-01' });

export interface QuoteView {
  text: string;
  kind: string;
  speaker: string | null;
}

/** The quotes the whole pipeline finds in `text`, with speaker names instead of ids (for tests). */
export function quotesOf(text: string): QuoteView[] {
  const analysis = analyzer.analyzeBody(text);
  const name = (id: string | null) => analysis.entities.find((e) => e.id === id)?.name ?? null;
  return analysis.quotes.map((q) => ({ text: q.text, kind: q.kind, speaker: name(q.speaker) }));
}

/** The names of the entities the whole pipeline finds in `text` (for tests). */
export function entityNamesOf(text: string): string[] {
  return analyzer.analyzeBody(text).entities.map((e) => e.name);
}

/** The texts of the mentions of the entity named `name` in `text` (for tests). */
export function mentionTextsOf(text: string, name: string): string[] {
  const entity = analyzer.analyzeBody(text).entities.find((e) => e.name === name);
  return entity?.mentions.map((m) => m.text) ?? [];
}
