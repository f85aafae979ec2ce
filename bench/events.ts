/**
 * Generated CAMEO events for the store benches, deterministic from a seed. Actors follow a Zipf
 * law over 80 countries (s = 1.1), 40% with a role (RUSGOV, CHNMIL, …), so a few dyads dominate as
 * in GDELT; dates are uniform over 2015–2024; roots are weighted towards verbal cooperation.
 */
import { random } from '../src/nlp/perceptron/index.js';

export const COUNTRIES =
  `USA CHN RUS GBR IND FRA DEU ISR IRN JPN UKR PAK TUR SAU KOR PRK SYR AFG IRQ EGY CAN
  AUS BRA MEX ITA ESP NGA ZAF KEN ETH VNM IDN PHL THA MYS SGP TWN POL NLD BEL SWE NOR FIN DNK CHE AUT
  GRC SRB HUN CZE ROU BGR BLR GEO ARM AZE KAZ UZB QAT ARE KWT JOR LBN YEM OMN LBY TUN DZA MAR SDN SOM
  UGA TZA RWA COD AGO ZWE ARG CHL PER COL VEN`.split(/\s+/u);
const ROLES = ['GOV', 'MIL', 'BUS', 'MED', 'OPP', 'COP', 'JUD', 'EDU'];
const ROOT_WEIGHTS = [12, 8, 6, 14, 10, 3, 2, 3, 2, 4, 8, 4, 4, 3, 1, 2, 3, 4, 5, 1];
const GOLDSTEIN = [1, 3, 4, 1, 3.5, 6, 7, 5, -2, -2, -2, -4, -4.4, -5, -7, -4, -5, -9, -10, -10];
export const FIRST_DAY = Date.UTC(2015, 0, 1);
export const DAYS = 3653;

function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => {
    sum += w / total;
    return sum;
  });
}

function pick(cdf: readonly number[], r: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cdf[mid] ?? 1) < r) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const COUNTRY_CDF = cumulative(COUNTRIES.map((_, i) => 1 / (i + 1) ** 1.1));
const ROOT_CDF = cumulative(ROOT_WEIGHTS);
const DATES = Array.from({ length: DAYS }, (_, d) =>
  new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10),
);

export interface GeneratedEvent {
  code: string;
  root: string;
  quad: number;
  goldstein: number;
  source: string;
  target: string;
  date: string;
}

function quadOf(root: number): number {
  return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
}

/** `count` events, generated lazily (10 million never sit in memory at once). */
export function* generateEvents(count: number, seed = 9): Generator<GeneratedEvent> {
  const next = random(seed);
  const actor = () => {
    const country = COUNTRIES[pick(COUNTRY_CDF, next())] ?? 'USA';
    return next() < 0.4 ? `${country}${ROLES[Math.floor(next() * ROLES.length)]}` : country;
  };
  for (let i = 0; i < count; i++) {
    const source = actor();
    let target = actor();
    while (target.slice(0, 3) === source.slice(0, 3)) target = actor();
    const r = pick(ROOT_CDF, next()) + 1;
    const root = String(r).padStart(2, '0');
    yield {
      code: `${root}${Math.floor(next() * 6)}`,
      root,
      quad: quadOf(r),
      goldstein: GOLDSTEIN[r - 1] ?? 0,
      source,
      target,
      date: DATES[Math.floor(next() * DAYS)] ?? '2020-01-01',
    };
  }
}

/** Column order of `events` (migrations 1 and 5): article, code … evidence, cluster. */
export function eventValues(e: GeneratedEvent, articleId: number): (string | number | null)[] {
  const country = (code: string) => code.slice(0, 3);
  return [
    articleId,
    e.code,
    e.root,
    e.quad,
    e.goldstein,
    e.source,
    e.target,
    null,
    null,
    country(e.source),
    country(e.target),
    e.date,
    null,
    0,
    'asserted',
    0,
    0,
    '',
    null,
  ];
}

/** How many synthetic articles the events hang from (they satisfy the foreign key only). */
export const ARTICLES = 1000;
