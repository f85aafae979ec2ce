import { describe, expect, it } from 'vitest';
import { verbForms } from './verb-forms.js';

describe('verb forms of cue lemmas', () => {
  it.each([
    ['warn', ['warn', 'warns', 'warned', 'warning']],
    ['deny', ['deny', 'denies', 'denied', 'denying']],
    ['argue', ['argue', 'argues', 'argued', 'arguing']],
    ['admit:admitted', ['admit', 'admits', 'admitted', 'admitting']],
    ['write:wrote:written', ['write', 'writes', 'wrote', 'written', 'writing']],
    ['point out', ['point out', 'points out', 'pointed out', 'pointing out']],
    ['~report', ['reported', 'reporting']],
  ])('inflects %s', (entry, forms) => {
    expect(verbForms(entry).sort()).toEqual([...forms].sort());
  });

  it.each([[''], ['pooh-pooh'], ['say:said:said:said']])(
    'rejects the malformed entry "%s"',
    (entry) => {
      expect(() => verbForms(entry)).toThrow(/verb list entry/u);
    },
  );
});
