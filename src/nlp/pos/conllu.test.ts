import { describe, expect, it } from 'vitest';
import { parseConllu } from './conllu.js';

const SAMPLE = [
  '# sent_id = s1',
  "# text = I don't know.",
  '1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_',
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t_\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_",
  '4\tknow\tknow\tVERB\tVB\t_\t0\troot\t_\t_',
  '4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t_\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

describe('parseConllu', () => {
  it('reads words with UPOS and XPOS, skipping empty nodes', () => {
    const [sentence] = parseConllu(SAMPLE);
    expect(sentence?.id).toBe('s1');
    expect(sentence?.text).toBe("I don't know.");
    expect(sentence?.words.map((w) => `${w.form}/${w.upos}/${w.xpos}`)).toEqual([
      'I/PRON/PRP',
      'do/AUX/VBP',
      "n't/PART/RB",
      'know/VERB/VB',
      './PUNCT/.',
    ]);
  });

  it('makes a multiword range one surface token over its words', () => {
    const [sentence] = parseConllu(SAMPLE);
    expect(sentence?.tokens.map((t) => [t.form, t.firstWord, t.endWord])).toEqual([
      ['I', 0, 1],
      ["don't", 1, 3],
      ['know', 3, 4],
      ['.', 4, 5],
    ]);
  });
});
