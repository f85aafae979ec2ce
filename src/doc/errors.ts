/**
 * Every error a user can see carries a stable code and names the input it concerns, so the CLI can
 * print one line and batch mode can report it per record.
 */
export const ERRORS = {
  NG_E001: 'input is empty',
  NG_E002: 'input looks binary, not text or HTML',
  NG_E003: 'input is not valid text in any supported encoding',
  NG_E004: 'input is larger than the size limit',
  NG_E005: 'cannot read input',
  NG_E006: 'invalid JSON line',
  NG_E007: 'JSON line has no html, text or body field',
  NG_E008: 'invalid option',
  NG_E009: 'span out of bounds',
  NG_E010: 'pipeline order breaks a component requirement',
  NG_E011: 'no article text left after boilerplate removal',
  NG_E012: 'storage failure',
  NG_E013: 'read-only',
  NG_E014: 'not authorised',
  NG_E015: 'archive or compressed input is truncated or malformed',
  NG_E016: 'not a feed or sitemap',
  NG_E017: 'disallowed by robots.txt',
} as const;

export type ErrorCode = keyof typeof ERRORS;

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  readonly input: string | undefined;

  constructor(code: ErrorCode, input?: string, detail?: string) {
    const where = input === undefined ? '' : ` ${input}:`;
    super(`${code}:${where} ${ERRORS[code]}${detail ? ` (${detail})` : ''}`);
    this.name = 'NewsgraphError';
    this.code = code;
    this.input = input;
  }
}

export function isNewsgraphError(error: unknown): error is NewsgraphError {
  return error instanceof NewsgraphError;
}
