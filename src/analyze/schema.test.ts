import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/shared.js';
import { Analyzer } from './analyzer.js';

const schema = JSON.parse(
  readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8'),
);
const validate = new Ajv2020.default({ allErrors: true }).compile(schema);

function raw(name: string, text: string) {
  return { name, bytes: new TextEncoder().encode(text), url: null, headers: {}, fetchedAt: null };
}

describe('analysis JSON schema', () => {
  it('accepts the analysis of the reference article', () => {
    const bytes = readFileSync(sharedPath('examples', 'india-russia-defence.txt'));
    const analysis = new Analyzer({ published: '2021-12-20' }).analyzeRaw({
      ...raw('ref', ''),
      bytes,
    });
    expect(validate(analysis), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the analysis of an HTML page', () => {
    const html = `<html><head><title>Talks | Daily</title></head><body><article>
      <h1>France and Germany hold talks</h1>
      <p>France and Germany held talks with Italy in Paris on Monday, officials said on Tuesday.</p>
      <p>"We agreed on the essentials," the French president said after the meeting.</p>
    </article></body></html>`;
    const analysis = new Analyzer({ published: '2023-05-10' }).analyzeRaw(raw('page.html', html));
    expect(validate(analysis), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects output that breaks the contract', () => {
    expect(validate({ schema: 'newsgraph.analysis/1', article: {} })).toBe(false);
  });
});
