import * as chrono from 'chrono-node';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Doc } from '../../doc/doc.js';
import { chunks } from './chrono.js';
import { times } from './index.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('chrono chunks', () => {
  it('hands chrono only sentences that may hold a date', () => {
    const text =
      'The talks ended. They met on Dec. 6 in Delhi. Nothing else happened.\nAt 10:30 am it rained.';
    const pieces = [...chunks(text)].map(([s, e]) => text.slice(s, e).trim());
    expect(pieces).toEqual(['They met on Dec. 6 in Delhi.', 'At 10:30 am it rained.']);
  });

  it('cuts text without punctuation into bounded pieces', () => {
    const text = 'word December 6 '.repeat(1000);
    const pieces = [...chunks(text, 500)];
    expect(pieces.every(([s, e]) => e - s <= 500)).toBe(true);
    expect(pieces.map(([s, e]) => text.slice(s, e)).join('')).toBe(text);
  });

  it('finishes a 5 MB text without punctuation, calling chrono per bounded piece', () => {
    const sentence =
      'India and Russia had signed an agreement on military cooperation until 2030 in the presence of the ministers just ahead of the meeting between Modi and Putin on December 6 ';
    const text = sentence.repeat(Math.ceil(5_000_000 / sentence.length)).slice(0, 5_000_000);
    const parse = vi.spyOn(chrono.strict, 'parse');
    const doc = new Doc(text, { published: { value: '2021-12-20', source: 'given' } });
    times.run(doc);
    expect(parse).toHaveBeenCalled();
    expect(parse.mock.calls.every(([input]) => input.length <= 2000)).toBe(true);
    expect(doc.times.filter((t) => t.text === 'December 6').length).toBeGreaterThan(20_000);
  }, 60_000);
});
