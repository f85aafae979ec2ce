import { readdirSync, readFileSync } from 'node:fs';
import { DomHandler, Parser, Tokenizer } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { SkippingTokenizer } from './html-tokenizer.js';
import { type HtmlDocument, type HtmlNode, parseTree } from './html-tree.js';

/** The tree as plain data: what each kind of node holds, without the links up and across. */
function shape(node: HtmlDocument | HtmlNode): unknown {
  switch (node.type) {
    case 'root':
    case 'cdata':
      return { type: node.type, children: node.children.map(shape) };
    case 'text':
    case 'comment':
      return { type: node.type, data: node.data };
    case 'directive':
      return { type: node.type, name: node.name, data: node.data };
    default:
      return {
        type: node.type,
        name: node.name,
        attribs: { ...node.attribs },
        children: node.children.map(shape),
      };
  }
}

/** What htmlparser2's own DomHandler builds, in the same plain form. */
function domHandlerShape(html: string): unknown {
  const handler = new DomHandler();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true }).end(html);
  return shape(handler.root as unknown as HtmlDocument);
}

const TRICKY = [
  '<p>fish &amp; chips &amp chips &copy; &#169; &#xA9; &unknown; & alone</p>',
  '<p>ends with an entity &amp',
  '<p>ends with an ampersand &',
  'text before any tag &lt;b&gt; and after',
  '<a href="/x?a=1&amp;b=2&c=3" title=\'it&apos;s "quoted"\' data-x=bare&amp;more>link</a>',
  '<img alt="unterminated value',
  "<img alt='unterminated single",
  '<title>Title &amp; more <b>not a tag</b></title><textarea>a &lt; b</textarea>',
  '<script>if (a < b && c > d) { s = "</div>"; }</script><style>p > a { x: "&amp;" }</style>',
  '<!-- comment & <b>stuff</b> --><![CDATA[ x & y ]]><!doctype html><?xml version="1.0"?>',
  '<div>a < b and c<d</div><p>1 &lt 2 &gt 3 &nbsp;&NotANamedEntity;</p>',
  '<svg><foreignObject><p>in &amp; out</p></foreignObject></svg><math><mi>x</mi></math>',
  '<ul><li>one<li>two &mdash; three</ul><table><tr><td>cell &amp; more</table>',
  '<p a="1" a="2" B="3">duplicate attributes</p><p class = "spaced" id=x>text</p>',
  '<p>before<!-- a comment never closed',
  '<p>before<script>var never = "closed";',
  '<p>before<style>p { color: red }',
  '<p>a tag never closed <div class="x"',
  '',
  '&amp;',
  '<',
  'plain text with no markup at all',
];

describe('SkippingTokenizer', () => {
  it('is in use (the htmlparser2 internals it relies on are there)', () => {
    expect(SkippingTokenizer).not.toBe(Tokenizer);
  });

  it.each(TRICKY)('builds the tree the stock tokenizer and DomHandler build: %j', (html) => {
    const fast = shape(parseTree(html));
    expect(fast).toEqual(shape(parseTree(html, Tokenizer)));
    expect(fast).toEqual(domHandlerShape(html));
  });

  it('builds the same tree for the test page fixtures', () => {
    const dir = new URL('../../test/fixtures/pages/', import.meta.url);
    const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(0);
    for (const name of pages) {
      const html = readFileSync(new URL(name, dir), 'utf8');
      expect(shape(parseTree(html)), name).toEqual(domHandlerShape(html));
    }
  });
});
