import { describe, expect, it } from 'vitest';
import { Analyzer } from './analyzer.js';
import { analyzeLine } from './batch.js';

const analyzer = new Analyzer({ published: '2022-03-01' });
const BODY =
  'Japan and Australia signed a defence agreement in Tokyo on Friday.\n\nOfficials welcomed it.';

describe('batch mode, one JSONL line at a time', () => {
  it('keeps the id and analyses a body verbatim so offsets index it as given', () => {
    const result = analyzeLine(analyzer, JSON.stringify({ id: 'a1', body: BODY }), 1);
    if ('error' in result) throw new Error(result.error.message);
    expect(result.id).toBe('a1');
    expect(result.article.text).toBe(BODY);
    const japan = result.entities.find((e) => e.name === 'Japan');
    expect(japan?.mentions[0]).toMatchObject({ start: 0, end: 5 });
  });

  it('reports a line that is not JSON as an error object and names the line', () => {
    const result = analyzeLine(analyzer, '{not json', 7);
    expect('error' in result && result.error.code).toBe('NG_E006');
    expect('error' in result && result.error.message).toContain('line 7');
  });

  it('reports a line without html, text or body under its id', () => {
    const result = analyzeLine(analyzer, JSON.stringify({ id: 9, url: 'https://x.test/' }), 2);
    expect(result).toMatchObject({ id: '9', error: { code: 'NG_E007' } });
  });

  it('reports an empty page under its id', () => {
    const result = analyzeLine(analyzer, JSON.stringify({ id: 'e', html: '   ' }), 3);
    expect(result).toMatchObject({ id: 'e', error: { code: 'NG_E001' } });
  });

  it('rejects a malformed published date for that line only', () => {
    const result = analyzeLine(
      analyzer,
      JSON.stringify({ id: 'd', body: BODY, published: 'soon' }),
      4,
    );
    expect(result).toMatchObject({ id: 'd', error: { code: 'NG_E008' } });
  });
});
