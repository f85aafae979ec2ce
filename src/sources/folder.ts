import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { NewsgraphError } from '../doc/errors.js';

const PAGE_FILE = /\.(?:html?|xhtml|txt)$/iu;

/** Page files under the given paths (files as given, folders walked recursively, sorted). */
export async function listPageFiles(paths: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  const pending = [...paths];
  while (pending.length > 0) {
    const path = pending.shift() as string;
    const info = await stat(path).catch(() => {
      throw new NewsgraphError('NG_E005', path, 'no such file or folder');
    });
    if (info.isFile()) {
      found.push(path);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) pending.push(child);
      else if (entry.isFile() && PAGE_FILE.test(entry.name)) found.push(child);
    }
  }
  return found;
}
