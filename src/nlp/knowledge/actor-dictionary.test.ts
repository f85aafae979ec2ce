import { describe, expect, it } from 'vitest';
import { codeOn, conflictsAcrossFiles, parseActors } from './actor-dictionary.js';

const SOURCE = `<!-- header
spanning lines -->
ARNOR_  [ARN]
ARGENTIN [ARG]  # a stem
GONDOR [GON]
+MINAS_TIRITH
GOLLUM
+SMEAGOL
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
BOROMIR [---]
`;

describe('PETRARCH actor dictionaries', () => {
  const { entries, warnings } = parseActors(SOURCE, 'my.actors');

  it('reads names, synonyms, stems and exact words', () => {
    expect(
      entries.map((e) => e.names.map((n) => `${n.words.join(' ')}${n.exact ? '_' : ''}`)),
    ).toEqual([
      ['arnor_'],
      ['argentin'],
      ['gondor', 'minas tirith'],
      ['gollum', 'smeagol'],
      ['boromir'],
    ]);
    expect(warnings).toEqual([]);
  });

  it.each([
    ['1995-01-01', 'HOB'],
    ['1997-06-30', 'HOBGOV'],
    ['2003-01-01', 'HOBREB'],
  ])('codes a dated actor as it was on %s', (date, code) => {
    expect(codeOn(entries[3] as (typeof entries)[number], date)).toBe(code);
  });

  it('codes nothing for [---]', () => {
    expect(codeOn(entries[4] as (typeof entries)[number], null)).toBeNull();
  });

  it.each([
    ['ARNOR [ARN', 'unbalanced'],
    ['ARNOR [AR N!]', 'bad date range'],
    ['ARNOR [ARN 9501-9601]', 'bad date range'],
    ['\t[ARN]', 'code line before any actor'],
    ['+ARNOR', '\\+synonym before any actor'],
  ])('names the file and line of a bad line: %j', (line, why) => {
    expect(() => parseActors(`# comment\n${line}\n`, 'my.actors')).toThrow(
      new RegExp(`my.actors:2: .*${why}`, 'u'),
    );
  });

  it('reports one name coded two ways, and keeps the first', () => {
    const d = parseActors('ARNOR [ARN]\nARNOR [GON]\n', 'two.actors');
    expect(d.warnings).toEqual([expect.stringMatching(/^two.actors:2: arnor is coded \[GON/u)]);
  });

  it('skips a bad line with a warning when lenient', () => {
    const d = parseActors('ARNOR [ARN 9008223-950101]\nGONDOR [GON]\n', 'typo.actors', {
      lenient: true,
    });
    expect(d.entries).toHaveLength(1);
    expect(d.warnings[0]).toMatch(/typo.actors:1: .*bad date/u);
  });
});

describe('conflicts between dictionary files', () => {
  it('reports a name two files code differently, naming both places', () => {
    const first = parseActors('GONDOR [GON]\nROHAN [ROH]\n', 'a.actors');
    const second = parseActors('ROHAN [ROH]\nGONDOR [GND]\n', 'b.actors');
    expect(conflictsAcrossFiles([first, second])).toEqual([
      'b.actors:2: gondor is coded [GND -] here and [GON -] at a.actors:1; the first wins',
    ]);
  });

  it('reports nothing for one file or for agreeing files', () => {
    const one = parseActors('GONDOR [GON]\nGONDOR [GND]\n', 'a.actors');
    expect(conflictsAcrossFiles([one])).toEqual([]);
    const again = parseActors('GONDOR [GON]\n', 'b.actors');
    expect(conflictsAcrossFiles([parseActors('GONDOR [GON]\n', 'a.actors'), again])).toEqual([]);
  });
});
