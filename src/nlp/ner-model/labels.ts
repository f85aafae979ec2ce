/**
 * Entity spans and the BILOU labels the tagger predicts: `O`, then `B-`, `I-`, `L-`, `U-` of each
 * type. Label id 0 is `O`; the id of (position p, type t) is `1 + 4t + p`.
 */
export interface EntitySpan {
  /** Word indices, half-open. */
  readonly from: number;
  readonly to: number;
  readonly type: string;
}

const POSITIONS = ['B', 'I', 'L', 'U'] as const;
const B = 0;
const I = 1;
const L = 2;
const U = 3;

export function labelNames(types: readonly string[]): string[] {
  return ['O', ...types.flatMap((t) => POSITIONS.map((p) => `${p}-${t}`))];
}

/** Spans of an IOB2 or IOB1 tag sequence (conlleval's chunk rules: `I-X` after another type starts). */
export function spansOfIob(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let from = -1;
  let type = '';
  const close = (at: number) => {
    if (from >= 0) spans.push({ from, to: at, type });
    from = -1;
  };
  tags.forEach((tag, i) => {
    if (tag === 'O' || tag.length < 3) {
      close(i);
      return;
    }
    const prefix = tag[0];
    const t = tag.slice(2);
    if (prefix === 'B' || prefix === 'S' || prefix === 'U' || from < 0 || t !== type) {
      close(i);
      from = i;
      type = t;
    }
    if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') close(i + 1);
  });
  close(tags.length);
  return spans;
}

/** BILOU label ids for `length` words; spans of types not in `types` stay `O`. */
export function encodeBilou(
  spans: readonly EntitySpan[],
  length: number,
  types: readonly string[],
): Int32Array {
  const out = new Int32Array(length);
  for (const s of spans) {
    const t = types.indexOf(s.type);
    if (t < 0) continue;
    const base = 1 + 4 * t;
    if (s.to - s.from === 1) out[s.from] = base + U;
    else {
      out[s.from] = base + B;
      for (let i = s.from + 1; i < s.to - 1; i++) out[i] = base + I;
      out[s.to - 1] = base + L;
    }
  }
  return out;
}

/** Spans of a BILOU label id sequence; a broken run (B without L) is closed where it breaks. */
export function decodeBilou(labels: ArrayLike<number>, types: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let from = -1;
  let type = -1;
  for (let i = 0; i < labels.length; i++) {
    const id = labels[i] as number;
    const t = id === 0 ? -1 : Math.floor((id - 1) / 4);
    const p = id === 0 ? -1 : (id - 1) % 4;
    const continues = from >= 0 && t === type && (p === I || p === L);
    if (!continues && from >= 0) {
      spans.push({ from, to: i, type: types[type] as string });
      from = -1;
    }
    if (id === 0) continue;
    if (!continues) {
      from = i;
      type = t;
    }
    if (p === L || p === U) {
      spans.push({ from, to: i + 1, type: types[type] as string });
      from = -1;
    }
  }
  if (from >= 0) spans.push({ from, to: labels.length, type: types[type] as string });
  return spans;
}

/**
 * Whether label `next` may follow label `prev` (`-1` for the sentence start): inside an open span
 * only its `I-`/`L-` may come; outside, only `O`, `B-` or `U-`.
 */
export function allowed(prev: number, next: number): boolean {
  const open = prev > 0 && ((prev - 1) % 4 === B || (prev - 1) % 4 === I);
  if (next === 0) return !open;
  const p = (next - 1) % 4;
  if (!open) return p === B || p === U;
  return Math.floor((next - 1) / 4) === Math.floor((prev - 1) / 4) && (p === I || p === L);
}

/** A table `allowed(prev, next)` for prev in [-1, n): row `prev + 1`. */
export function transitionTable(n: number): Uint8Array {
  const table = new Uint8Array((n + 1) * n);
  for (let prev = -1; prev < n; prev++) {
    for (let next = 0; next < n; next++) table[(prev + 1) * n + next] = allowed(prev, next) ? 1 : 0;
  }
  return table;
}
