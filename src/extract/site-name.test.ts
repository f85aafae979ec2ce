import { describe, expect, it } from 'vitest';
import { siteFromTitle, stripSiteSuffix } from './site-name.js';

describe('siteFromTitle', () => {
  it.each([
    ['Talks resume in Vienna - World News', null, 'World News'],
    ['Crash victims identified | Jamaica Gleaner', 'jamaica-gleaner.com', 'Jamaica Gleaner'],
    ['Next-Gen platters promise 80TB drives | PCMag', 'pcmag.com', 'PCMag'],
    [
      'Investment at the expo | Jamaica Information Service',
      'jis.gov.jm',
      'Jamaica Information Service',
    ],
    ['Hotel donates supplies | Nassau / Paradise Island, Bahamas', 'bahamaslocal.com', null],
    ['Berlin confronts its colonial past | 22.08.2020', null, null],
    ['A headline with no site name', null, null],
    ['Home | Site', null, null],
  ])('%j (host %s) → %j', (title, host, site) => {
    expect(siteFromTitle(title, host)).toBe(site);
  });
});

describe('stripSiteSuffix', () => {
  it.each([
    ['Talks resume in Vienna | World News', 'World News', 'Talks resume in Vienna'],
    [
      'Berlin confronts its colonial past | DW | 22.08.2020',
      'DW.COM',
      'Berlin confronts its colonial past',
    ],
    [
      'Update | Deceased crash victims identified',
      null,
      'Update | Deceased crash victims identified',
    ],
  ])('%j → %j', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});
