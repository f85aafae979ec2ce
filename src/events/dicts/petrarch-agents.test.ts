import { describe, expect, it } from 'vitest';
import { parseDiscards } from './discards.js';
import { parseAgents } from './petrarch-agents.js';

describe('PETRARCH agent dictionaries', () => {
  const agents = parseAgents(
    '!PERSON! = MAN, MEN\nPOLICE {} [~COP]\nMINISTRY [~GOV]\nCONGRESS!PERSON! [~LEG]\nMSF {} [NGO~]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n',
    'my.agents',
  );
  const show = agents.map((a) => `${a.words.join(' ')}:${a.prefix ? `${a.role}~` : `~${a.role}`}`);

  it.each([
    ['police:~COP'],
    ['ministry:~GOV'],
    ['ministries:~GOV'],
    ['congressman:~LEG'],
    ['congressmen:~LEG'],
    ['msf:NGO~'],
    ['attorney general:~JUD'],
    ['attorneys general:~JUD'],
  ])('reads %s', (entry) => {
    expect(show).toContain(entry);
  });

  it('makes no plural where {} says so', () => {
    expect(show).not.toContain('polices:~COP');
  });

  it.each([
    ['POLICE [COP]', 'bad agent code'],
    ['POLICE', 'expected NOUN'],
    ['!NOPE!_MAN [~GOV]', 'unknown substitution set'],
  ])('names the file and line of a bad line: %j', (line, why) => {
    expect(() => parseAgents(`# c\n${line}\n`, 'my.agents')).toThrow(
      new RegExp(`my.agents:2: .*${why}`, 'u'),
    );
  });
});

describe('discards', () => {
  it('splits sentence and story discards', () => {
    expect(parseDiscards('YEARS LATER\n+World Golf Championships # x\n')).toEqual({
      sentence: [['years', 'later']],
      story: [['world', 'golf', 'championships']],
    });
  });
});
