import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The public data sets beside the repository (`../shared`, or NEWSGRAPH_SHARED). Only tests and
 * dev scripts read them; the product never does. A missing folder fails the test loudly.
 */
export function sharedPath(...parts: string[]): string {
  const root =
    process.env.NEWSGRAPH_SHARED ?? fileURLToPath(new URL('../../shared/', import.meta.url));
  const path = [root.replace(/\/$/u, ''), ...parts].join('/');
  if (!existsSync(path))
    throw new Error(`missing ${path}: tests need ../shared beside the repository`);
  return path;
}
