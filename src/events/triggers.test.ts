import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/doc.js';
import { Pipeline } from '../doc/pipeline.js';
import { type SentenceWords, sentencesOf } from '../nlp/entities/words.js';
import { sentences } from '../nlp/sentences/index.js';
import { tokens } from '../nlp/tokens/index.js';
import { parsePetrarchVerbs } from './dicts/petrarch-verbs.js';
import { matchAt } from './match.js';
import { indexPatterns, sentenceTriggers } from './triggers.js';

const PATTERNS = parsePetrarchVerbs(
  '--- ATTACK [190] ---\nATTACK {ATTACKED}\n- * WITH ROCKETS [195]\n- * TANKS [193]\n- * ON + [194]\n',
  'test.verbs',
);

function wordsOf(text: string): SentenceWords {
  const doc = new Pipeline([tokens, sentences]).run(new Doc(text));
  return sentencesOf(doc)[0] as SentenceWords;
}

function codeAt(text: string, word: string): string | undefined {
  const words = wordsOf(text);
  return matchAt(words, words.lowered.indexOf(word), indexPatterns(PATTERNS))?.pattern.code;
}

describe('trigger index', () => {
  it('groups triggers by their first word', () => {
    expect([...indexPatterns(PATTERNS).groups.keys()].sort()).toEqual([
      'attack',
      'attacked',
      'attacking',
      'attacks',
    ]);
  });

  it('finds a pattern word as a stem of a sentence word ("rocket" ~ "rockets")', () => {
    const index = indexPatterns(PATTERNS);
    const words = wordsOf('Gondor attacked Rohan with rocketsss.');
    const found = sentenceTriggers(index, words).ids.map(
      (id) => [...index.table.vocabulary].find(([, v]) => v === id)?.[0],
    );
    expect(found.sort()).toEqual(['rockets', 'with']);
  });

  it.each([
    ['Gondor attacked Rohan with rockets.', '195'],
    ['Gondor attacked Rohan with tanks.', '193'],
    ['Gondor attacked on Rohan.', '194'],
    ['Gondor attacked Rohan.', '190'],
  ])('tries only the patterns whose words the sentence holds, in order: %s', (text, code) => {
    expect(codeAt(text, 'attacked')).toBe(code);
  });
});
