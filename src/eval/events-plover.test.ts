import { describe, expect, it } from 'vitest';
import { ploverMapper } from './events-plover.js';

describe('the CAMEO → PLOVER 0.5b1 mapping of the scorer', () => {
  const toPlover = ploverMapper();

  it.each([
    ['030', 'AGREE'],
    ['057', 'SUPPORT'],
    ['190', 'FIGHT'],
    ['1823', 'ASSAULT'],
    ['090', 'INVESTIGATE'],
    ['021', 'DEMAND'],
    ['176', 'COERCE'],
    ['163', 'SANCTION'],
    ['0813', 'CONCEDE'],
    ['083', 'CONCEDE'],
    ['0841', 'RETREAT'],
    ['0874', 'RETREAT'],
    ['1712', 'COERCE'],
    ['181', 'ASSAULT'],
    ['203', 'FIGHT'],
  ])('maps %s to %s', (code, type) => {
    expect(toPlover(code)).toBe(type);
  });

  it('gives statements no type', () => {
    expect(toPlover('010')).toBeNull();
  });
});
