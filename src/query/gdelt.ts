import type { EventRow } from './event-row.js';

/** GDELT 2.0 event table columns, in order (GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID',
  'SQLDATE',
  'MonthYear',
  'Year',
  'FractionDate',
  ...actorColumns('Actor1'),
  ...actorColumns('Actor2'),
  'IsRootEvent',
  'EventCode',
  'EventBaseCode',
  'EventRootCode',
  'QuadClass',
  'GoldsteinScale',
  'NumMentions',
  'NumSources',
  'NumArticles',
  'AvgTone',
  ...geoColumns('Actor1Geo'),
  ...geoColumns('Actor2Geo'),
  ...geoColumns('ActionGeo'),
  'DATEADDED',
  'SOURCEURL',
] as const;

function actorColumns(prefix: string): string[] {
  return [
    'Code',
    'Name',
    'CountryCode',
    'KnownGroupCode',
    'EthnicCode',
    'Religion1Code',
    'Religion2Code',
    'Type1Code',
    'Type2Code',
    'Type3Code',
  ].map((c) => `${prefix}${c}`);
}

function geoColumns(prefix: string): string[] {
  return [
    'Type',
    'FullName',
    'CountryCode',
    'ADM1Code',
    'ADM2Code',
    'Lat',
    'Long',
    'FeatureID',
  ].map((c) => `${prefix}_${c}`);
}

/** `RUSGOV` → type codes `GOV`, `''`, `''`: the three-letter role blocks after the country. */
function types(code: string | null): string[] {
  const roles = (code ?? '').slice(3).match(/.{3}/gu) ?? [];
  return [roles[0] ?? '', roles[1] ?? '', roles[2] ?? ''];
}

function actor(code: string | null, name: string | null, country: string | null): string[] {
  return [code ?? '', (name ?? '').toUpperCase(), country ?? '', '', '', '', '', ...types(code)];
}

function fractionDate(date: string): string {
  const [y, m = '1', d = '1'] = date.split('-');
  const year = Number(y);
  const day = (Number(m) - 1) * 30.4375 + Number(d);
  return (year + day / 365.25).toFixed(4);
}

const clean = (value: string) => value.replace(/[\t\r\n]+/gu, ' ');

/**
 * One GDELT row for one event: GLOBALEVENTID is its cluster's id, and NumMentions, NumSources and
 * NumArticles its cluster's counts (1 for an event stored before clusters). Fields GDELT computes
 * from its own corpus (tone, FIPS geography) are empty; the event's own values fill the rest.
 */
export function gdeltRow(event: EventRow, id: number): string {
  const counts = event.cluster ?? { mentions: 1, sources: 1, articles: 1 };
  const date = event.date ?? '';
  const day = date.length === 10 ? date.replaceAll('-', '') : '';
  const added = event.storedAt.replace(/\D/gu, '').slice(0, 14);
  const values = [
    String(id),
    day,
    day.slice(0, 6),
    date.slice(0, 4),
    date ? fractionDate(date) : '',
    ...actor(event.sourceActor, event.sourceName, event.sourceCountry),
    ...actor(event.targetActor, event.targetName, event.targetCountry),
    '1',
    event.code,
    event.code.slice(0, 3),
    event.root,
    String(event.quad),
    event.goldstein === null ? '' : String(event.goldstein),
    String(counts.mentions),
    String(counts.sources),
    String(counts.articles),
    '',
    ...Array(16).fill(''),
    '',
    event.location ?? '',
    ...Array(6).fill(''),
    added,
    event.url ?? '',
  ];
  return values.map(clean).join('\t');
}
