import { describe, expect, it } from 'vitest';
import { parseCat } from './time-cat.js';
import { scoredSystem, scoreTimexes, timexScores } from './time-score.js';
import { parseTimeML } from './time-timeml.js';

const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Police said <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> the talks, held <TIMEX3 tid="t2" type="DATE" value="1998-08">this month</TIMEX3>, lasted <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3> &amp; ended.
</TEXT>
</TimeML>`;

const CAT = `<?xml version="1.0" encoding="UTF-8"?><Document doc_id="1">
<token t_id="1" sentence="0" number="0">Title</token>
<token t_id="2" sentence="1" number="1">03-02-2009</token>
<token t_id="3" sentence="2" number="2">Sales</token>
<token t_id="4" sentence="2" number="3">fell</token>
<token t_id="5" sentence="2" number="4">last</token>
<token t_id="6" sentence="2" number="5">month</token>
<token t_id="7" sentence="2" number="6">.</token>
<token t_id="8" sentence="9" number="7">Later</token>
<Markables>
<TIMEX3 m_id="1" type="DATE" value="03-02-2009" functionInDocument="CREATION_TIME"><token_anchor t_id="2"/></TIMEX3>
<TIMEX3 m_id="2" type="DATE" value="2009-01" functionInDocument="NONE"><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>
<TIMEX3 m_id="3" type="DATE" value="2008" functionInDocument="NONE"/>
</Markables></Document>`;

describe('TimeML gold', () => {
  const doc = parseTimeML('a.tml', TML);

  it('reads the TEXT with entities decoded, the DCT, and each TIMEX3 extent', () => {
    expect(doc.dct).toBe('1998-08-07');
    expect(doc.gold.map((g) => [doc.text.slice(g.start, g.end), g.type, g.value])).toEqual([
      ['Friday', 'DATE', '1998-08-07'],
      ['this month', 'DATE', '1998-08'],
      ['three days', 'DURATION', 'P3D'],
    ]);
    expect(doc.text).toContain('three days & ended.');
  });

  it('scores strict, relaxed and value the TempEval-3 way', () => {
    const at = (s: string) => doc.text.indexOf(s);
    const system = [
      { start: at('Friday'), end: at('Friday') + 6, type: 'DATE', value: '1998-08-07' },
      // Overlaps "this month" (relaxed only) with the right value.
      { start: at('held this month'), end: at(', lasted'), type: 'DATE', value: '1998-08' },
      // Exact extent, wrong value.
      { start: at('three'), end: at('three') + 10, type: 'DURATION', value: 'P3W' },
      { start: at('Police'), end: at('Police') + 6, type: 'DATE', value: null },
    ];
    const counts = scoreTimexes(doc.gold, system);
    expect(counts).toMatchObject({
      gold: 3,
      system: 4,
      strictGold: 2,
      strictSystem: 2,
      relaxedGold: 3,
      relaxedSystem: 3,
      valueMatch: 2,
      valueScored: 3,
      typeMatch: 3,
    });
    const s = timexScores(counts);
    expect(s.relaxed.f1).toBeCloseTo((2 * 0.75 * 1) / 1.75);
    expect(s.valueF1).toBeCloseTo(s.relaxed.f1 * (2 / 3));
  });
});

describe('MEANTIME CAT gold', () => {
  const doc = parseCat('b.xml', CAT);

  it('rebuilds the text from tokens and takes a day-first DCT as ISO', () => {
    expect(doc.text).toBe('Title\n03-02-2009\nSales fell last month.\nLater');
    expect(doc.dct).toBe('2009-02-03');
    expect(doc.gold.map((g) => doc.text.slice(g.start, g.end))).toEqual(['last month']);
  });

  it('ignores the DCT extent and anything after sentence 5', () => {
    const system = [
      { start: 6, end: 16, type: 'DATE', value: '2009-02-03' },
      { start: doc.text.indexOf('Later'), end: doc.text.length, type: 'DATE', value: null },
      {
        start: doc.text.indexOf('last'),
        end: doc.text.indexOf('.'),
        type: 'DATE',
        value: '2009-01',
      },
    ];
    expect(scoredSystem(doc, system)).toHaveLength(1);
  });
});
