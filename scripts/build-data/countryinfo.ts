import { readText } from './io.js';

/** The fields of one `<Country>` block of CountryInfo.txt that newsgraph uses. */
export interface CountryInfoBlock {
  code: string;
  name: string;
  iso3: string;
  nationality: string[];
  capital: string[];
  majorCities: string[];
  regions: string[];
}

const LISTS = ['Nationality', 'Capital', 'MajorCities', 'Regions'] as const;

/** "NEW_DELHI_" → "NEW DELHI"; commented-out items (`#`) were removed before. */
function item(raw: string): string {
  return raw.replace(/[_\s]+/g, ' ').trim();
}

/**
 * Parses CountryInfo.120116.txt ("almost but not quite XML", see its header). The documentation
 * block in `<!-- … -->` also contains tag names, so it is cut first.
 */
export function readCountryInfo(path: string): CountryInfoBlock[] {
  const text = readText(path).replace(/<!--[\s\S]*?-->/g, '');
  const blocks: CountryInfoBlock[] = [];
  for (const m of text.matchAll(/<Country>([\s\S]*?)<\/Country>/g)) {
    const body = m[1] ?? '';
    const single = (tag: string): string =>
      (new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(body)?.[1] ?? '').replace(/#.*/, '').trim();
    const list = (tag: (typeof LISTS)[number]): string[] => {
      const inner = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(body)?.[1] ?? '';
      return inner
        .split(/\r?\n/)
        .map((l) => l.replace(/#.*/, ''))
        .map(item)
        .filter((l) => l !== '');
    };
    blocks.push({
      code: single('CountryCode'),
      name: single('CountryName'),
      iso3: single('ISO3166-alpha3'),
      nationality: list('Nationality'),
      capital: list('Capital'),
      majorCities: list('MajorCities'),
      regions: list('Regions'),
    });
  }
  return blocks;
}
