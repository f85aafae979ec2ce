import { NewsgraphError } from '../../doc/errors.js';

/** A line of a PETRARCH/TABARI dictionary with its comments removed, and where it came from. */
export interface DictionaryLine {
  readonly text: string;
  /** 1-based line number in the file. */
  readonly line: number;
  /** The raw line began with white space (a continuation such as an indented `[CODE date]`). */
  readonly indented: boolean;
}

/** `<!-- … -->` blocks (possibly over several lines) and `#` comments out; blank lines dropped. */
export function dictionaryLines(source: string): DictionaryLine[] {
  const out: DictionaryLine[] = [];
  let inBlock = false;
  source.split(/\r?\n/u).forEach((raw, index) => {
    let text = raw;
    let kept = '';
    while (text !== '') {
      if (inBlock) {
        const close = text.indexOf('-->');
        if (close < 0) text = '';
        else {
          text = text.slice(close + 3);
          inBlock = false;
        }
      } else {
        const open = text.indexOf('<!--');
        if (open < 0) {
          kept += text;
          text = '';
        } else {
          kept += text.slice(0, open);
          text = text.slice(open + 4);
          inBlock = true;
        }
      }
    }
    const hash = commentAt(kept);
    const body = (hash >= 0 ? kept.slice(0, hash) : kept).trimEnd();
    if (body.trim() !== '')
      out.push({ text: body.trim(), line: index + 1, indented: /^\s/u.test(body) });
  });
  return out;
}

/** Where a `#` comment starts: not inside `[…]`, where validation files write codes like `[###]`. */
function commentAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '#' && depth === 0) return i;
  }
  return -1;
}

/** The error for a bad dictionary line: names the file and the line. */
export function badLine(file: string, line: number, why: string): NewsgraphError {
  return new NewsgraphError('NG_E005', `${file}:${line}`, why);
}

/** A dictionary phrase: `_` and spaces join words; a trailing `_` means "this exact word, no stem". */
export function phraseWords(phrase: string): { words: string[]; exact: boolean } {
  const exact = /_\s*$/u.test(phrase);
  const words = phrase
    .toLowerCase()
    .split(/[\s_]+/u)
    .filter((w) => w !== '');
  return { words, exact };
}
