import { Analyzer } from '../../analyze/analyzer.js';

/**
 * For coreference tests: a function giving, for each mention written `mention` in a text, the
 * name of the entity it refers to, in text order.
 */
export function referentsOn(published: string): (text: string, mention: string) => string[] {
  const analyzer = new Analyzer({ published });
  return (text, mention) => {
    const found: { start: number; name: string }[] = [];
    for (const e of analyzer.analyzeBody(text).entities)
      for (const m of e.mentions)
        if (m.text === mention) found.push({ start: m.start, name: e.name });
    return found.sort((a, b) => a.start - b.start).map((f) => f.name);
  };
}
