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
  ])('maps %s to %s', (code, type) => {
    expect(toPlover(code)).toBe(type);
  });

  it('gives statements no type', () => {
    expect(toPlover('010')).toBeNull();
  });
});
