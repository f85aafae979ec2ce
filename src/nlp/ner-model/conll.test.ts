import { describe, expect, it } from 'vitest';
import { parseNer, sniffFormat } from './conll.js';

const CONLL = `-DOCSTART- -X- O O

EU NNP I-NP I-ORG
rejects VBZ I-VP O
German JJ I-NP I-MISC
call NN I-NP O

Peter NNP I-NP I-PER
Blackburn NNP I-NP I-PER

-DOCSTART- -X- O O

BRUSSELS NNP I-NP I-LOC
`;

const WORLDWIDE = `-DOCSTART-\tO

http://example.org/a\tO

afrol\tB-ORG
News\tI-ORG
,\tO
25\tB-DATE
March\tI-DATE
`;

const UNER = `# newdoc id = d1
# sent_id = s1
# text = where in tampa bay
1\twhere\tO\t-\t-
2\tin\tO
3\ttampa\tB-LOC\t-\tann
4\tbay\tI-LOC\t-\tann
5\tIraqi\tB-OTH\t-\tann
`;

describe('ner file formats', () => {
  it.each([
    [CONLL, 'conll2003'],
    [WORLDWIDE, 'iob2'],
    [UNER, 'uner'],
  ])('sniffs format %#', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it('reads CoNLL-2003 documents, sentences and IOB1 spans', () => {
    const docs = parseNer(CONLL);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.map((s) => s.words.length)).toEqual([4, 2]);
    expect(docs[0]?.[0]?.spans).toEqual([
      { from: 0, to: 1, type: 'ORG' },
      { from: 2, to: 3, type: 'MISC' },
    ]);
    expect(docs[0]?.[1]?.spans).toEqual([{ from: 0, to: 2, type: 'PER' }]);
  });

  it('maps and drops types of token<TAB>tag files', () => {
    const docs = parseNer(WORLDWIDE, 'iob2', (t) => (t === 'DATE' ? null : t));
    expect(docs[0]?.[1]?.spans).toEqual([{ from: 0, to: 2, type: 'ORG' }]);
  });

  it('reads UNER rows by their third column', () => {
    const docs = parseNer(UNER, 'uner', (t) => (t === 'OTH' ? null : t));
    expect(docs[0]?.[0]?.words).toEqual(['where', 'in', 'tampa', 'bay', 'Iraqi']);
    expect(docs[0]?.[0]?.spans).toEqual([{ from: 2, to: 4, type: 'LOC' }]);
  });
});
