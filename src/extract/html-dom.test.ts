import { describe, expect, it } from 'vitest';
import { splitClassTokens } from './class-tokens.js';
import { collapse, elements, type HtmlElement, parseHtml, walk } from './html-dom.js';

describe('splitClassTokens', () => {
  it.each([
    ['articleShare-bar main_nav', ['article', 'share', 'bar', 'main', 'nav']],
    ['story-body', ['story', 'body']],
    ['ABCdef aBC a1B', ['abcdef', 'a', 'bc', 'a1b']],
    ['col-md-4  row', ['col', 'md', '4', 'row']],
    ['--', []],
    ['', []],
    // Unicode lower-casing: the Kelvin sign is "k", "İ" is "i" and a combining dot.
    ['\u212Aicker', ['kicker']],
    ['Hİ-lead', ['hi', 'lead']],
    ['café-Lead', ['caf', 'lead']],
  ])('%j → %j', (value, tokens) => {
    expect(splitClassTokens(value)).toEqual(tokens);
  });
});

describe('collapse', () => {
  it.each([
    'one two three',
    ' one two ',
    'one  two',
    'one\ntwo\t three',
    '\u00a0one\u2003two\u00a0',
    '   ',
    '',
    'a\u200bb',
  ])('collapses %j as /\\s+/ to one space and trims', (text) => {
    expect(collapse(text)).toBe(text.replace(/\s+/g, ' ').trim());
  });
});

describe('the document list', () => {
  const doc = parseHtml(
    '<div id="a"><p id="b"><span id="c">x</span></p><ul id="d"><li id="e">y</li></ul></div><p id="f">z</p>',
  );
  const ids = (list: readonly HtmlElement[]) => list.map((el) => el.attribs.id ?? el.name);
  const byId = (id: string) => doc.elements.find((el) => el.attribs.id === id) as HtmlElement;

  it('holds the elements in document order', () => {
    expect(ids(elements(doc))).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('gives an element the stretch of the list below it', () => {
    expect(ids(elements(doc, byId('a')))).toEqual(['b', 'c', 'd', 'e']);
    expect(ids(elements(doc, byId('c')))).toEqual([]);
  });

  it('walks in document order and skips the subtrees the visitor declines', () => {
    const seen: HtmlElement[] = [];
    walk(doc, (el) => {
      seen.push(el);
      return el.attribs.id !== 'b';
    });
    expect(ids(seen)).toEqual(['a', 'b', 'd', 'e', 'f']);
  });
});
