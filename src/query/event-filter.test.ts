import { describe, expect, it } from 'vitest';
import { whereClause } from './event-filter.js';

describe('whereClause', () => {
  it('passes every value as a parameter', () => {
    expect(whereClause({ dyad: 'ind-rus', code: '05', to: '2021-12' })).toEqual({
      sql: 'WHERE ((e.source_actor LIKE ? AND e.target_actor LIKE ?) OR (e.source_actor LIKE ? AND e.target_actor LIKE ?)) AND e.code LIKE ? AND substr(e.date, 1, ?) <= ?',
      params: ['IND%', 'RUS%', 'RUS%', 'IND%', '05%', 7, '2021-12'],
    });
  });

  it('keeps the modalities asked for, as parameters', () => {
    expect(whereClause({ modality: 'asserted, Intended' })).toEqual({
      sql: 'WHERE e.modality IN (?, ?)',
      params: ['asserted', 'intended'],
    });
  });

  it('has no clause for an empty filter', () => {
    expect(whereClause({})).toEqual({ sql: '', params: [] });
  });

  it.each([
    [{ actor: "RUS' OR 1=1 --" }, '--actor'],
    [{ actor: 'RU%' }, '--actor'],
    [{ dyad: 'IND' }, '--dyad'],
    [{ dyad: 'IND-RUS-CHN' }, '--dyad'],
    [{ code: '05; DROP TABLE events' }, '--code'],
    [{ quad: 7 }, '--quad'],
    [{ from: 'yesterday' }, '--from'],
    [{ modality: 'asserted,maybe' }, '--modality'],
  ])('refuses %j naming %s', (filter, option) => {
    expect(() => whereClause(filter)).toThrow(new RegExp(`NG_E008: ${option}`, 'u'));
  });
});
