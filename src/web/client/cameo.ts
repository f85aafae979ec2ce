import names from 'virtual:cameo-names';

export const QUADS = [1, 2, 3, 4] as const;

const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export function quadName(quad: number | string): string {
  return QUAD_NAMES[Number(quad)] ?? `Quad class ${quad}`;
}

/** `057 Sign formal agreement`. */
export function codeLabel(code: string): string {
  const name = names[code];
  return name ? `${code} ${name}` : code;
}

/** Actor codes: one or more blocks of three letters (RUS, RUSGOV). */
export const ACTOR_CODE = /^[A-Za-z]{3}(?:[A-Za-z]{3})*$/u;
