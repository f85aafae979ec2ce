import { describe, expect, it } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { Pipeline } from '../../doc/pipeline.js';
import { defaultKnowledge } from '../knowledge/load.js';
import { sentences } from '../sentences/index.js';
import { tokens } from '../tokens/index.js';
import { createEntityRecogniser } from './index.js';

const kb = defaultKnowledge();
const names = (text: string) =>
  new Pipeline([tokens, sentences, createEntityRecogniser(kb)])
    .run(new Doc(text))
    .mentions.map((m) => m.text);

describe('a capitalised verb in a title-case headline', () => {
  it('ends the name before it (`Pat Caddell Says …`)', () => {
    expect(names('Pat Caddell Says Museum Tells the Story')).toEqual([
      'Pat Caddell',
      'Museum',
      'Story',
    ]);
  });

  it('ends a plural subject before a verb in the plural (`Black Lawmakers Rip …`)', () => {
    expect(names('Black Lawmakers Rip Trump')[0]).toBe('Black Lawmakers');
  });

  it('stays in a name when the word before is no plural (`Rip` after a singular)', () => {
    expect(names('He met Jack Rip Torn on Monday.')).toEqual(['Jack Rip Torn']);
  });
});

describe('a title-case headline', () => {
  it('names the people the article names, not its capitalised words', () => {
    const text =
      'Senator Just Vowed To Stop Maria Lopez\nSenator Maria Lopez promised on Tuesday to stop the plan.';
    expect(names(text)).toEqual(['Maria Lopez', 'Maria Lopez']);
  });

  it('keeps the names the gazetteer knows', () => {
    expect(names('Protests Grow In France Over The Pension Plan')).toEqual(['France']);
  });

  it('is no title-case headline without capitalised function words (`Black Lawmakers Rip Trump`)', () => {
    expect(names('Black Lawmakers Rip Trump')).toContain('Black Lawmakers');
  });
});
