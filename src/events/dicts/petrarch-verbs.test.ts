import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileVerbs, loadCompiledVerbs } from './compiled-verbs.js';
import { parsePetrarchVerbBlocks, parsePetrarchVerbs } from './petrarch-verbs.js';

const SOURCE = `&TIES
+DIPLOMATIC_RELATIONS
+&KIND TIES
&KIND
+MILITARY

--- RESTORE  [064]  ---
RESTORE
- * &TIES  [0641]
- * FXLL  [---]
--- ARRIVE  [032:033]  ---
ARRIVE
LAND {LANDED }
--- BREAK [1717] ---
+BREAK_DOWN {+BROKE_DOWN}
- + * IN $  [075]
`;

describe('PETRARCH verb dictionaries', () => {
  it('keeps the later of two lines with the same words, as PETRARCH does, and reports it', () => {
    const warnings: string[] = [];
    const source = '--- APPROVE [030] ---\nRATIFY\n- * TREATY [031]\n- * TREATY [057]\n';
    const codes = parsePetrarchVerbs(source, 'my.verbs', warnings).map((p) => p.code);
    expect(codes).toEqual(['057', '030']);
    expect(warnings).toEqual(['my.verbs:4: same words as line 3, another code; line 4 wins']);
  });

  it('reads a block header with its dashes run on ("[120]---  ---") as a new block', () => {
    const source = '--- BLAME [112] ---\nBLAME\n---  DELAY   [120]---  ---\nPOSTPONE\n';
    const byForm = parsePetrarchVerbs(source, 'my.verbs').map((p) => [p.triggers[0]?.[0], p.code]);
    expect(byForm).toContainEqual(['postpone', '120']);
    expect(byForm).not.toContainEqual(['postpone', '112']);
  });

  it('does not take a comma between irregular forms for a form', () => {
    const source =
      '--- SELECT [---] ---\n+IS_DETERMINED {+WAS_DETERMINED , +BE_DETERMINED} [030]\n';
    const forms = parsePetrarchVerbs(source, 'my.verbs').flatMap((p) =>
      p.triggers.map((t) => t.join(' ')),
    );
    expect(forms).toContain('was determined');
    expect(forms).not.toContain(',');
  });

  it('keeps a pattern its comment writes for one verb of the block to that verb, unless it names an object', () => {
    const source = [
      '--- APPREHEND [171] ---',
      'ARREST [173]',
      'TAKE',
      'SEIZE',
      '- TROOPS *  [192]  # TAKE',
      '- * (TO)  [042]  # TAKE',
      '- * TOWN  [192]  # TAKE',
      '- * MEMBERS  [173]  # ARREST',
      '- * &WEAPON  [1711]',
      '&WEAPON',
      '+GUNS',
      '',
    ].join('\n');
    const codesOf = (form: string) =>
      parsePetrarchVerbs(source, 'my.verbs')
        .filter((p) => p.triggers.some((t) => t.join(' ') === form))
        .map((p) => p.code)
        .sort();
    expect(codesOf('arrested')).toEqual(['1711', '173', '173', '192']);
    expect(codesOf('seized')).toEqual(['171', '1711', '173', '192']);
    expect(codesOf('takes')).toEqual(['042', '171', '1711', '173', '192', '192']);
  });

  const patterns = parsePetrarchVerbs(SOURCE, 'my.verbs');
  const byCode = (code: string) => patterns.find((p) => p.code === code);

  it('generates regular forms and keeps irregular ones', () => {
    const forms = byCode('032')?.triggers.map((t) => t.join(' '));
    expect(forms).toEqual(
      expect.arrayContaining(['arrive', 'arrives', 'arrived', 'arriving', 'land', 'landed']),
    );
    expect(byCode('075')?.triggers.map((t) => t.join(' '))).toContain('broke down');
  });

  it('expands synsets, nested and defined later', () => {
    const after = byCode('0641')?.after?.[0];
    expect(after?.kind === 'words' && after.alternatives.map((a) => a.join(' '))).toEqual([
      'diplomatic relations',
      'military ties',
    ]);
  });

  it('reads paired codes, silent patterns and slot markers', () => {
    expect(byCode('032')?.paired).toBe('033');
    expect(patterns.find((p) => p.silent)?.after?.[0]).toEqual({
      kind: 'words',
      alternatives: [['fxll']],
    });
    expect(byCode('075')?.before).toEqual([{ kind: 'target' }]);
    expect(byCode('075')?.after?.map((t) => t.kind)).toEqual(['words', 'source']);
  });

  it('reads a code for the event back from the target ([:030]) as a reversed pattern', () => {
    const reversed = parsePetrarchVerbs(
      '--- RECEIVE [---] ---\nRECEIVE\n- * ASSURANCE [:030]\n',
      'v.txt',
    );
    const pattern = reversed.find((p) => p.code === '030');
    expect(pattern?.reversed).toBe(true);
    expect(pattern?.silent).toBe(false);
    expect(pattern?.paired).toBeUndefined();
  });

  it('puts the most specific patterns first', () => {
    expect(patterns.findIndex((p) => p.code === '0641')).toBeLessThan(
      patterns.findIndex((p) => p.code === '064'),
    );
  });

  it.each([
    ['- * TIES [064]', 'pattern outside a verb block'],
    ['--- A [010] ---\nA\n- TIES [064]', 'pattern without \\*'],
    ['--- A [010] ---\nA\n- * TIES', 'pattern without \\[code\\]'],
    ['--- A [010] ---\nA\n- * &NOPE [064]', 'unknown synset &NOPE'],
    ['--- A [0 1] ---', 'bad event code'],
  ])('names the file and line of a bad line: %j', (text, why) => {
    expect(() => parsePetrarchVerbs(text, 'bad.verbs')).toThrow(
      new RegExp(`bad.verbs:\\d: .*${why}`, 'u'),
    );
  });
});

describe('PETRARCH pattern connectors', () => {
  const source = [
    '&FIGHT',
    '+WAR',
    '&FIGHT_OF_WORDS',
    '+SPAT',
    '--- SIGN [081] ---',
    'SIGN',
    '- SHOW_NO_* [082]',
    '- SHOW NO * [083]',
    '- * NEW_PROTOCOL [084]',
    '- * &FIGHT_OF_WORDS [085]',
    '',
  ].join('\n');
  const patterns = parsePetrarchVerbs(source, 'c.verbs');
  const byCode = (code: string) => patterns.find((p) => p.code === code);

  it('reads words joined by _ as standing side by side, apart from the same words spaced', () => {
    expect(byCode('082')?.before).toEqual([
      { kind: 'words', alternatives: [['show']], tight: true },
      { kind: 'words', alternatives: [['no']], tight: true },
    ]);
    expect(byCode('083')?.before).toEqual([
      { kind: 'words', alternatives: [['show']] },
      { kind: 'words', alternatives: [['no']] },
    ]);
    expect(byCode('084')?.after).toEqual([
      { kind: 'words', alternatives: [['new']] },
      { kind: 'words', alternatives: [['protocol']], tight: true },
    ]);
  });

  it('takes the longest synset name a piece joined by _ spells', () => {
    expect(byCode('085')?.after).toEqual([{ kind: 'words', alternatives: [['spat']] }]);
  });

  it('keeps the joins through the compiled form', () => {
    const compiled = compileVerbs(parsePetrarchVerbBlocks(source, 'c.verbs'), 'c.verbs');
    const dir = mkdtempSync(join(tmpdir(), 'verbs-'));
    const path = join(dir, 'verbs.json');
    writeFileSync(path, JSON.stringify(compiled));
    const loaded = loadCompiledVerbs(path);
    expect(loaded.find((p) => p.code === '082')?.before).toEqual(byCode('082')?.before);
  });
});
