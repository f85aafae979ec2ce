import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentText, occurrence, readLinkGold } from './link-data.js';

const sentence = (words: string[]) => ({ words, spans: [], tags: [] });

describe('linking gold data', () => {
  it('rebuilds text from words, one sentence a line, gluing split hyphens and possessives', () => {
    const { text, starts } = documentText([
      sentence(['Yoon', 'Suk', '-', 'yeol', '’', 's', 'party', '.']),
      sentence(['"', 'Yes', ',', '"', 'he', 'said', '.']),
    ]);
    expect(text).toBe('Yoon Suk-yeol’s party.\n" Yes, " he said.');
    expect(starts).toEqual([0, 23]);
  });

  it('finds the n-th whole-word occurrence in a sentence', () => {
    const text = 'Naina Yeltsin said Yeltsin rested.\nYeltsin left.';
    const at = occurrence(text, 0, 'Yeltsin', 2);
    expect(at && text.slice(at.start, at.end)).toBe('Yeltsin');
    expect(at?.start).toBe(19);
    expect(occurrence(text, 0, 'Yeltsin', 3)).toBeUndefined();
  });

  it('names the file and line of a bad gold row', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'link-gold-')), 'gold.tsv');
    writeFileSync(
      path,
      'source\tdoc\tsentence\ttext\tnth\tkind\tactor\trefers\nconll-testa\t1\t2\tX\n',
    );
    expect(() => readLinkGold(path)).toThrow(`${path}:2`);
  });
});
