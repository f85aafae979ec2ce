// Needs data/models/ner.bin, built by `npm run train:ner` (not committed: see data/models/README.md).
import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';
import { defaultKnowledge } from '../knowledge/load.js';
import { loadNerModel } from '../ner-model/model.js';
import { createPosTagger, loadPosModel } from '../pos/index.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { createEntityRecogniser } from './index.js';

const kb = defaultKnowledge();
const pipeline = new Pipeline([
  tokens,
  sentences,
  createPosTagger(loadPosModel()),
  createEntityRecogniser(kb, loadNerModel()),
]);
const mentions = (text: string) =>
  pipeline
    .run(new Doc(text, { published: { value: '2021-12-20', source: 'given' } }))
    .mentions.map((m) => [m.text, m.type, m.country]);

describe('the ner component with the trained model', () => {
  it('needs the pos layer', () => {
    expect(createEntityRecogniser(kb, loadNerModel()).requires).toContain('pos');
    expect(createEntityRecogniser(kb).requires).not.toContain('pos');
  });

  it.each([
    [
      'Russian President Vladimir Putin met Prime Minister Narendra Modi in New Delhi on Monday.',
      [
        ['Russian', 'NORP', 'RUS'],
        ['Vladimir Putin', 'PERSON', 'RUS'],
        ['Narendra Modi', 'PERSON', 'IND'],
        ['New Delhi', 'GPE', 'IND'],
      ],
    ],
    ['Officials in Nairobi said the aid had arrived.', [['Nairobi', 'GPE', 'KEN']]],
    ['The Chinese embassy in Washington protested.', [['Chinese', 'NORP', 'CHN']]],
    ['Troops crossed into Central Asia.', [['Central Asia', 'LOC', null]]],
    ['He writes for IndiaNarrative.com every week.', [['IndiaNarrative.com', 'ORG', null]]],
  ])('finds the names in %j', (text, expected) => {
    const found = mentions(text);
    for (const e of expected) expect(found).toContainEqual(e);
  });

  it('keeps titles out of person names', () => {
    const names = mentions('Defence Minister Rajnath Singh said India would buy more.').map(
      (m) => m[0],
    );
    expect(names).toContain('Rajnath Singh');
    expect(names.some((n) => String(n).includes('Minister'))).toBe(false);
  });

  it('drops a role named by a plural title', () => {
    const names = mentions('The Ministers of Defence of both countries met.').map((m) => m[0]);
    expect(names.some((n) => String(n).startsWith('Ministers'))).toBe(false);
  });

  it('gives a later surname the full name key', () => {
    const doc = pipeline.run(
      new Doc('Sergei Shoigu arrived on Monday. Shoigu said the talks went well.'),
    );
    const keys = doc.mentions.filter((m) => m.type === 'PERSON').map((m) => m.key);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('survives empty text, emoji and control characters, and mixed scripts', () => {
    for (const text of ['', '😀😀 \u0007\u0001', 'Привет Moscow مرحبا 東京']) {
      expect(() => mentions(text)).not.toThrow();
    }
  });

  it('does linear work on one long sentence without punctuation', () => {
    const text = 'the Kenyan minister met Anna Berg in Lima and '.repeat(4000);
    const doc = pipeline.run(new Doc(text));
    expect(doc.mentions.length).toBeGreaterThan(4000);
  });
});
