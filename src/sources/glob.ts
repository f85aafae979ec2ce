import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { NewsgraphError } from '../doc/errors.js';

/** Files a folder walk picks up: pages, article records and web archives, maybe gzipped. */
export const SOURCE_FILE = /\.(?:html?|xhtml|txt|json|jsonl|warc)(?:\.gz)?$/iu;

const GLOB_CHAR = /[*?[]/u;

/** `**` any folders, `*` any name part, `?` one character, `[ab]` a class; the rest literal. */
export function globPattern(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i);
      out += end > i ? glob.slice(i, end + 1) : '\\[';
      i = Math.max(end, i);
    } else out += c.replace(/[.+^${}()|\\]/u, '\\$&');
  }
  return new RegExp(`^${out}$`, 'u');
}

async function walk(root: string, accept: (relative: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const relative = pending.shift() as string;
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) pending.push(child);
      else if (entry.isFile() && accept(child)) found.push(join(root, child));
    }
  }
  return found;
}

/**
 * Input paths to files, in a stable order: a file as given; a folder walked recursively for
 * source files; a glob (`news/**\/*.html.gz`) matched below its literal leading folders.
 */
export async function expandPaths(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const segments = path.split(/[\\/]/u);
    const firstGlob = segments.findIndex((s) => GLOB_CHAR.test(s));
    if (firstGlob >= 0) {
      const root = segments.slice(0, firstGlob).join(sep) || '.';
      const pattern = globPattern(segments.slice(firstGlob).join('/'));
      files.push(...(await walk(root, (rel) => pattern.test(rel)).catch(() => [])));
      continue;
    }
    const info = await stat(path).catch(() => {
      throw new NewsgraphError('NG_E005', path, 'no such file or folder');
    });
    if (info.isFile()) files.push(path);
    else files.push(...(await walk(path, (rel) => SOURCE_FILE.test(rel))));
  }
  return files;
}
