import { random, shuffle } from '../perceptron/index.js';

/**
 * Which training set's conventions a document is written in, for a model trained with domain
 * copies (`domains.ts`): logistic regression over the set of the document's lower-case words
 * (digits as 0, so "1996-08-30" is "0000-00-00"), scaled by the square root of their number. Two
 * domains: a positive score is the first. What tells CoNLL-2003's Reuters wire of 1996 from
 * ner-worldwide's web news of 2022 is mostly writing: datelines, straight against curly quotes,
 * "--" against "–", `'s` split off, days of the week.
 */
export interface DomainClassifierData {
  /** Domain names; `domains[0]` when the score is positive. */
  domains: [string, string];
  bias: number;
  weights: Record<string, number>;
}

export interface DomainDocument {
  words: readonly string[];
  /** 0 or 1: index into the domain names. */
  domain: 0 | 1;
}

const EPOCHS = 10;
const RATE = 0.5;
const L2 = 1e-4;
/** Weights smaller than this are not stored (0.001 keeps 25% more and decides the dev documents alike). */
const KEEP = 0.01;

const featuresOf = (words: readonly string[]): string[] => [
  ...new Set(words.map((w) => w.toLowerCase().replace(/[0-9]/g, '0'))),
];

function scoreOf(bias: number, weights: ReadonlyMap<string, number>, features: string[]): number {
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return bias + sum / Math.sqrt(Math.max(1, features.length));
}

/**
 * Stochastic gradient descent on the logistic loss, documents shuffled with `seed`; each step decays
 * the weights it touches (L2).
 */
export function trainDomainClassifier(
  docs: readonly DomainDocument[],
  domains: [string, string],
  seed: number,
): DomainClassifierData {
  const examples = docs.map((d) => ({
    features: featuresOf(d.words),
    sign: d.domain === 0 ? 1 : -1,
  }));
  const weights = new Map<string, number>();
  let bias = 0;
  const order = examples.map((_, i) => i);
  const next = random(seed);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    shuffle(order, next);
    for (const i of order) {
      const { features, sign } = examples[i] as (typeof examples)[number];
      const gradient = sign / (1 + Math.exp(sign * scoreOf(bias, weights, features)));
      const step = (RATE * gradient) / Math.sqrt(Math.max(1, features.length));
      for (const f of features) weights.set(f, (weights.get(f) ?? 0) * (1 - RATE * L2) + step);
      bias += RATE * gradient * 0.1;
    }
  }
  // fromEntries defines each word as an own property, "__proto__" included.
  const kept = Object.fromEntries(
    [...weights]
      .filter(([, w]) => Math.abs(w) >= KEEP)
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([f, w]) => [f, Number(w.toPrecision(4))]),
  );
  return { domains, bias: Number(bias.toPrecision(6)), weights: kept };
}

/** A classifier ready to use: `domainOf(words)` is 0 or 1. */
export function compileDomainClassifier(data: DomainClassifierData): {
  domainOf(words: readonly string[]): 0 | 1;
} {
  const weights = new Map(Object.entries(data.weights));
  return {
    domainOf: (words) => (scoreOf(data.bias, weights, featuresOf(words)) > 0 ? 0 : 1),
  };
}
