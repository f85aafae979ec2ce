import { readFileSync } from 'node:fs';
import type { CameoCode } from '../doc/types.js';

export interface CodeInfo {
  readonly code: CameoCode;
  readonly name: string;
  readonly root: CameoCode;
  /** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quad: number;
  readonly goldstein: number | null;
  /** The PLOVER event type, mode and context the CAMEO code maps to (none for 01 statements). */
  readonly plover: PloverType | null;
}

export interface PloverType {
  readonly event: string;
  readonly mode: string;
  readonly context: string;
}

export type Codebook = ReadonlyMap<CameoCode, CodeInfo>;

interface StoredCode {
  name: string;
  root: string;
  quad: number;
  goldstein: number | null;
  plover?: PloverType | null;
}

function isStoredCode(value: unknown): value is StoredCode {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.name === 'string' && typeof v.root === 'string' && typeof v.quad === 'number';
}

/** Reads the codebook that `npm run build:data` writes from the CAMEO tables. */
export function loadCodebook(path: string): Codebook {
  const stored = JSON.parse(readFileSync(path, 'utf8')) as { codes?: Record<string, unknown> };
  const codebook = new Map<CameoCode, CodeInfo>();
  for (const [code, value] of Object.entries(stored.codes ?? {})) {
    if (!isStoredCode(value)) throw new Error(`${path}: malformed entry for code ${code}`);
    codebook.set(code, {
      code,
      name: value.name,
      root: value.root,
      quad: value.quad,
      goldstein: value.goldstein,
      plover: value.plover?.event ? value.plover : null,
    });
  }
  return codebook;
}
