import { copyFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLIENT = join(ROOT, 'src/web/client');
/** The folder `newsgraph serve` reads (`src/server/web-static.ts`). */
export const DEFAULT_OUTDIR = join(ROOT, 'dist/web');

export interface WebBuildOptions {
  outdir?: string;
  minify?: boolean;
}

export interface BuiltFile {
  name: string;
  bytes: number;
  gzipBytes: number;
  /** Loaded by the first view (the entry script and its stylesheet), not lazily. */
  initial: boolean;
}

async function json(path: string): Promise<unknown> {
  return JSON.parse(await readFile(path, 'utf8'));
}

async function cameoNames(): Promise<Record<string, string>> {
  const data = (await json(join(ROOT, 'data/cameo/event-codes.json'))) as {
    codes: Record<string, { name: string }>;
  };
  return Object.fromEntries(Object.entries(data.codes).map(([code, c]) => [code, c.name]));
}

// world-atlas abbreviates some names ("Dem. Rep. Congo"); spelled out, they match our list.
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bDem\./gu, 'Democratic'],
  [/\bRep\./gu, 'Republic'],
  [/\bIs\./gu, 'Islands'],
  [/\bHerz\./gu, 'Herzegovina'],
  [/\bFr\. S\./gu, 'French Southern'],
  [/\bS\./gu, 'South'],
  [/\bW\./gu, 'Western'],
  [/\bN\./gu, 'Northern'],
  [/\bEq\./gu, 'Equatorial'],
  [/\bCentral African Rep\./gu, 'Central African Republic'],
];

/** world-atlas ids (ISO numeric) → ISO alpha-3, matching names against data/lexicon/countries. */
async function countryIds(): Promise<Record<string, string>> {
  const countries = (await json(join(ROOT, 'data/lexicon/countries.json'))) as {
    iso3: string;
    name: string;
    variants: string[];
  }[];
  const byName = new Map<string, string>();
  for (const c of countries)
    for (const n of [c.name, ...c.variants]) byName.set(n.toLowerCase(), c.iso3);
  const atlas = (await json(join(ROOT, 'node_modules/world-atlas/countries-110m.json'))) as {
    objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
  };
  const ids: Record<string, string> = {};
  for (const g of atlas.objects.countries.geometries) {
    const spelled = ABBREVIATIONS.reduce((n, [from, to]) => n.replace(from, to), g.properties.name);
    const iso3 = byName.get(g.properties.name.toLowerCase()) ?? byName.get(spelled.toLowerCase());
    if (g.id && iso3) ids[g.id] = iso3;
  }
  return ids;
}

const virtualData: Plugin = {
  name: 'newsgraph-data',
  setup(builder) {
    const makers: Record<string, () => Promise<unknown>> = {
      'virtual:cameo-names': cameoNames,
      'virtual:country-ids': countryIds,
    };
    builder.onResolve({ filter: /^virtual:/ }, (args) => ({ path: args.path, namespace: 'data' }));
    builder.onLoad({ filter: /.*/, namespace: 'data' }, async (args) => {
      const make = makers[args.path];
      if (!make) return { errors: [{ text: `unknown module ${args.path}` }] };
      return { contents: JSON.stringify(await make()), loader: 'json' };
    });
  },
};

/** Bundles the dashboard: `index.html` and `assets/` (entry, lazily loaded chunks, stylesheet). */
export async function buildWeb(options?: WebBuildOptions): Promise<BuiltFile[]> {
  const outdir = options?.outdir ?? DEFAULT_OUTDIR;
  await rm(join(outdir, 'assets'), { recursive: true, force: true });
  await mkdir(join(outdir, 'assets'), { recursive: true });
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: { main: join(CLIENT, 'main.tsx') },
    outdir: join(outdir, 'assets'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: options?.minify ?? true,
    chunkNames: 'chunk-[hash]',
    assetNames: '[name]-[hash]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(CLIENT, 'tsconfig.json'),
    loader: { '.png': 'dataurl', '.svg': 'dataurl' },
    plugins: [virtualData],
    metafile: true,
    logLevel: 'warning',
  });
  await copyFile(join(CLIENT, 'index.html'), join(outdir, 'index.html'));
  const outputs = result.metafile.outputs;
  // The first view loads the entry, what it imports statically, and its stylesheet.
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path) || !outputs[path]) return;
    initial.add(path);
    const output = outputs[path];
    if (output.cssBundle) initial.add(output.cssBundle);
    for (const i of output.imports) if (i.kind === 'import-statement') visit(i.path);
  };
  visit(Object.keys(outputs).find((p) => outputs[p]?.entryPoint) ?? '');
  const files: BuiltFile[] = [];
  for (const path of Object.keys(outputs)) {
    const full = join(ROOT, path);
    const body = await readFile(full);
    const name = relative(join(outdir, 'assets'), full);
    files.push({
      name,
      bytes: (await stat(full)).size,
      gzipBytes: gzipSync(body, { level: 9 }).length,
      initial: initial.has(path),
    });
  }
  return files.sort((a, b) => Number(b.initial) - Number(a.initial) || b.bytes - a.bytes);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = await buildWeb();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const f of files) {
    process.stdout.write(
      `${f.initial ? 'first view' : 'lazy      '}  ${f.name}  ${kb(f.bytes)}  gzip ${kb(f.gzipBytes)}\n`,
    );
  }
}
