import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared.js';
import type { Analysis, AnalysisEntity } from './analysis.js';
import { Analyzer } from './analyzer.js';

const PATH = sharedPath('examples', 'india-russia-defence.txt');

function analyze(published?: string): Analysis {
  const bytes = readFileSync(PATH);
  const raw = { name: PATH, bytes, url: null, headers: {}, fetchedAt: null };
  return new Analyzer(published ? { published } : {}).analyzeRaw(raw);
}

describe('the reference article, published 2021-12-20', () => {
  let analysis: Analysis;
  const entity = (name: string): AnalysisEntity | undefined =>
    analysis.entities.find((e) => e.name === name);
  const nameOf = (id: string | null) => analysis.entities.find((e) => e.id === id)?.name;

  beforeAll(() => {
    analysis = analyze('2021-12-20');
  });

  it('extracts title, standfirst and related link, and keeps boilerplate out of the body', () => {
    const { article } = analysis;
    expect(article.title).toBe(
      'India and Russia plan to manufacture military hardware in Central Asia',
    );
    expect(article.standfirst).toBe(
      'India and Russia had signed an agreement on a programme of military-technical cooperation until 2030',
    );
    expect(article.related).toEqual([
      { title: 'Stronger Russia promises to step up military partnership with India', url: null },
    ]);
    expect(article.text.startsWith('Having pledged extensive military-technical cooperation')).toBe(
      true,
    );
    expect(article.text.endsWith('by the Russian President Vladimir Putin.')).toBe(true);
    // expected.md says "eleven story paragraphs"; the page has ten between the two it names.
    expect(article.text.split('\n\n')).toHaveLength(10);
    for (const junk of ['English News', 'youtube', 'facebook', 'twitter', 'Also Read']) {
      expect(article.text).not.toContain(junk);
    }
  });

  it.each([
    ['India', 'GPE', 'IND'],
    ['Russia', 'GPE', 'RUS'],
    ['Central Asia', 'LOC', null],
    ['New Delhi', 'GPE', 'IND'],
    ['China', 'GPE', 'CHN'],
    ['Algeria', 'GPE', 'DZA'],
    ['Egypt', 'GPE', 'EGY'],
    ['Vietnam', 'GPE', 'VNM'],
    ['Myanmar', 'GPE', 'MMR'],
    ['Rajnath Singh', 'PERSON', 'IND'],
    ['Sergei Shoigu', 'PERSON', 'RUS'],
    ['Narendra Modi', 'PERSON', 'IND'],
    ['Vladimir Putin', 'PERSON', 'RUS'],
    ['IndiaNarrative.com', 'ORG', null],
  ])('finds %s as %s of country %s', (name, type, country) => {
    const found = entity(name);
    expect(found?.type).toBe(type);
    expect(found?.country).toBe(country);
  });

  it('codes the office holders as government actors', () => {
    expect(entity('Sergei Shoigu')?.actor).toBe('RUSGOV');
    expect(entity('Narendra Modi')?.actor).toBe('INDGOV');
  });

  it.each([
    ['unprecedented', 'partial', 'Sergei Shoigu'],
    ['The unprecedented level of trust between our countries', 'direct', 'Sergei Shoigu'],
    ['We are focused on fruitful joint work. I am convinced', 'direct', 'Sergei Shoigu'],
    [
      'he was convinced that the military-technical cooperation will further',
      'indirect',
      'Sergei Shoigu',
    ],
    ['extraordinary', 'partial', 'Vladimir Putin'],
  ])('attributes the quote "%s" (%s) to %s', (start, kind, speaker) => {
    const quote = analysis.quotes.find((q) => q.text.startsWith(start));
    expect(quote?.kind).toBe(kind);
    expect(nameOf(quote?.speaker ?? null)).toBe(speaker);
  });

  it.each([
    ['December 6', '2021-12-06'],
    ['next month', '2022-01'],
    ['earlier this month', '2021-12'],
  ])('resolves "%s" to %s', (text, value) => {
    expect(analysis.times.find((t) => t.text === text)?.value).toBe(value);
  });

  it('codes the 057 agreement each way between IND and RUS with the signing sentence as evidence', () => {
    const signed = analysis.events.filter((e) => e.code === '057');
    const dyads = signed.map((e) => `${e.source.actor}>${e.target.actor}`).sort();
    expect(dyads).toEqual(['IND>RUS', 'RUS>IND']);
    for (const event of signed) {
      const evidence = analysis.article.text.slice(event.evidence.start, event.evidence.end);
      expect(evidence.startsWith('India and Russia had signed an agreement')).toBe(true);
      expect(evidence.endsWith('on December 6.')).toBe(true);
      expect(event.root).toBe('05');
      expect(event.quad).toBe(1);
    }
  });

  const dyadsOf = (root: string) =>
    analysis.events
      .filter((e) => e.root === root && !e.negated)
      .map((e) => `${e.source.actor}>${e.target.actor}`);

  it('codes the plan to manufacture together as intent to cooperate militarily, each way', () => {
    const intents = analysis.events.filter((e) => e.code === '0312');
    expect(new Set(intents.map((e) => `${e.source.actor}>${e.target.actor}`))).toEqual(
      new Set(['IND>RUS', 'RUS>IND']),
    );
    for (const e of intents) expect(e.modality).toBe('intended');
  });

  it('codes the Modi–Putin meeting as consultation between the two governments, each way', () => {
    expect(dyadsOf('04')).toEqual(expect.arrayContaining(['INDGOV>RUSGOV', 'RUSGOV>INDGOV']));
  });

  it('codes military cooperation between Russia and each of its named partners', () => {
    const partners = analysis.events
      .filter((e) => e.code === '062')
      .map((e) => [e.source.actor, e.target.actor].sort().join('-'));
    expect(new Set(partners)).toEqual(
      new Set(['IND', 'CHN', 'DZA', 'EGY', 'VNM', 'MMR'].map((c) => [c, 'RUS'].sort().join('-'))),
    );
  });

  it('codes the Russian military chief calling the trust "unprecedented" as praise of India (051)', () => {
    const praise = analysis.events.filter((e) => e.code === '051' && e.target.actor === 'IND');
    expect(praise.map((e) => e.source.actor)).toEqual(['RUSMIL']);
  });

  it('gives every event the dictionary line and the words that coded it, inside its evidence', () => {
    for (const e of analysis.events) {
      expect(e.rule).toMatch(/^[\w.-]+:\d+$/u);
      expect(e.trigger.start).toBeGreaterThanOrEqual(e.evidence.start);
      expect(e.trigger.end).toBeLessThanOrEqual(e.evidence.end);
    }
  });

  it('slices every offset back to the text it claims', () => {
    const { text } = analysis.article;
    for (const e of analysis.entities) {
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    for (const t of analysis.times) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const q of analysis.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('the reference article without a publication date', () => {
  it('infers December 2021 from the text', () => {
    expect(analyze().article.published).toEqual({ value: '2021-12', source: 'inferred' });
  });
});
