import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { createTimes } from './index.js';

const times = createTimes({ now: new Date(Date.UTC(2025, 0, 1)) });

function infer(text: string): Doc {
  const doc = new Doc(text);
  times.run(doc);
  return doc;
}

// Sentences of the reference article (india-russia-defence), which has no date of its own.
const REFERENCE_ARTICLE = [
  'Having pledged extensive military-technical cooperation until 2030, India and Russia are also working on having joint manufacturing of military equipment in Central Asia.',
  'According to reports, both countries, during the 2+2 talks held in New Delhi earlier this month just before the India-Russia Summit, have exchanged a white paper.',
  'Heads of state from the Central Asian countries are expected to be in New Delhi for the Republic Day celebrations next month.',
  'India and Russia had signed an agreement just ahead of the meeting between PM Narendra Modi and Russian President Vladimir Putin on December 6.',
  'As reported by IndiaNarrative.com earlier this month, India remained amongst Russia\'s main partners in the field of military-technical cooperation during 2021 – a year which has been labeled as "extraordinary".',
].join('\n\n');

// [text, inferred publication date or null]
// biome-ignore format: a table reads better one row a line
const CASES: Array<[string, string | null]> = [
  [REFERENCE_ARTICLE, '2021-12'],
  ['On March 3 the minister resigned. Elections were held in 2019.', '2019-03'],
  ['The deal was signed on March 3, 2019. Talks resumed earlier this month.', '2019-03'],
  ['The deal was signed in 2019 and runs until 2030. Talks resumed earlier this month.', '2019'],
  ['Last month, on November 20, leaders met in Glasgow. Emissions rose in 2021.', '2021-12'],
  ['The party won in 2019. Last year it lost support.', '2020'],
  ['Talks resumed this month. The plan runs until 2030 and a review will come in 2024.', null],
  ['The ministers met on Tuesday. The budget will be presented in 2024.', null],
  ['The 2030 World Cup was discussed on Tuesday.', null],
  ['The treaty was signed in 1999.', null],
  ['Talks resumed earlier this month.', null],
];

describe('publication date inference', () => {
  it.each(CASES)('infers from %j: %s', (text, expected) => {
    const doc = infer(text);
    expect(doc.context.published).toEqual(
      expected === null ? { value: null, source: null } : { value: expected, source: 'inferred' },
    );
  });

  it('normalises the reference article against the inferred month', () => {
    const values = Object.fromEntries(infer(REFERENCE_ARTICLE).times.map((t) => [t.text, t.value]));
    expect(values).toEqual({
      'until 2030': '2021-12/2030',
      'earlier this month': '2021-12',
      'next month': '2022-01',
      'December 6': '2021-12-06',
      '2021': '2021',
    });
  });

  it('leaves day-relative expressions unresolved at month precision', () => {
    const doc = infer(
      'On March 3 the minister resigned. Elections were held in 2019. He left yesterday.',
    );
    expect(doc.times.find((t) => t.text === 'yesterday')?.value).toBeNull();
  });
});
