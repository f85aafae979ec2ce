import { describe, expect, it } from 'vitest';
import { Doc, TokenLayer } from './doc.js';

describe('Doc.span, the one way to make a span', () => {
  const doc = new Doc('Russia and India');

  it.each([
    [0, 6],
    [11, 16],
    [16, 16],
  ])('accepts [%i, %i)', (start, end) => {
    expect(doc.span(start, end)).toEqual({ start, end });
  });

  it.each([
    [-1, 3],
    [5, 4],
    [0, 17],
    [1.5, 3],
  ])('refuses [%d, %d)', (start, end) => {
    expect(() => doc.span(start, end)).toThrow(/NG_E009/u);
  });
});

describe('TokenLayer', () => {
  it('grows past its initial capacity and finds the token at an offset', () => {
    const layer = new TokenLayer(2);
    for (let i = 0; i < 1000; i++) layer.push(i * 3, i * 3 + 2);
    expect(layer.length).toBe(1000);
    expect([layer.start(999), layer.end(999)]).toEqual([2997, 2999]);
    expect(layer.indexAt(4)).toBe(1);
    expect(layer.indexAt(5)).toBe(2);
    expect(layer.indexAt(10_000)).toBe(1000);
  });
});

describe('Doc.publishedDate', () => {
  it.each([
    ['2022-10-26T18:00:00Z', '2022-10-26'],
    ['2021-12', '2021-12'],
    [null, null],
  ])('reads %s as %s', (value, expected) => {
    const doc = new Doc('', { published: { value, source: value ? 'meta' : null } });
    expect(doc.publishedDate).toBe(expected);
  });
});

describe('Doc token texts, read once per token', () => {
  it('follows the token layer as it grows and when it is replaced', () => {
    const doc = new Doc('Russia SAID');
    doc.tokens.push(0, 6);
    expect([doc.tokenText(0), doc.lowerTokenText(0)]).toEqual(['Russia', 'russia']);
    doc.tokens.push(7, 11);
    expect([doc.tokenText(1), doc.lowerTokenText(1)]).toEqual(['SAID', 'said']);
    doc.tokens = new TokenLayer();
    doc.tokens.push(0, 3);
    expect([doc.tokenText(0), doc.lowerTokenText(0)]).toEqual(['Rus', 'rus']);
  });

  it('reads an index past the last token from the offsets, as a plain slice would', () => {
    const doc = new Doc('One');
    doc.tokens.push(0, 3);
    expect(doc.tokenText(1)).toBe('');
    expect(doc.lowerTokenText(1)).toBe('');
  });
});
