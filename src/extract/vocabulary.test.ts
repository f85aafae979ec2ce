import { describe, expect, it } from 'vitest';
import {
  BOILERPLATE_CUES,
  BOILERPLATE_TOKENS,
  RELATED_CUES,
  SOCIAL_NETWORKS,
} from './vocabulary.js';

describe('vocabulary', () => {
  it('matches cues at the start of a line only', () => {
    expect(RELATED_CUES.test('Also Read: x')).toBe(true);
    expect(RELATED_CUES.test('He said he would also read it')).toBe(false);
    expect(BOILERPLATE_CUES.test('Advertisement')).toBe(true);
  });

  it('prefers the longest cue', () => {
    expect(RELATED_CUES.exec('Related stories: x')?.[0].toLowerCase()).toBe('related stories');
  });

  it('holds no empty or blank entries', () => {
    for (const set of [BOILERPLATE_TOKENS, SOCIAL_NETWORKS]) {
      for (const item of set) expect(item.trim()).not.toBe('');
    }
    expect(RELATED_CUES.test('')).toBe(false);
    expect(BOILERPLATE_CUES.test('')).toBe(false);
  });
});
