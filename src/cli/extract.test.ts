import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const SAMPLES = fileURLToPath(new URL('../../../shared/data/warc-samples', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsgraph-extract-'));

const run = (args: string[], input?: string) => runCli(['extract', ...args], input);

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const PAGE = `<!doctype html><html><head><title>Chile and Peru sign accord</title>
<link rel="canonical" href="https://news.test/accord?utm_source=x#top">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>Chile and Peru sign accord</h1>
<p>Chile and Peru signed an accord on fishing rights in Lima on Tuesday, the two governments said.</p>
<p>The agreement ends a dispute that had lasted for more than a decade, officials from both countries said.</p>
</article></body></html>`;

describe('newsgraph extract', () => {
  it('prints each article once with its fields; bad files get a coded error and the run goes on', () => {
    file('pages/a.html', PAGE);
    file('pages/copy/a-again.html.gz', gzipSync(PAGE));
    file(
      'pages/photo.html',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    file('pages/cut.html.gz', gzipSync(PAGE).subarray(0, 60));
    const { code, stdout, stderr } = run([join(dir, 'pages')]);
    expect(code).toBe(1);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      url: 'https://news.test/accord',
      title: 'Chile and Peru sign accord',
      published: { value: '2024-03-05T10:00:00Z', source: 'meta' },
      language: 'en',
    });
    expect(Object.keys(lines[0])).toEqual(
      expect.arrayContaining(['standfirst', 'byline', 'site', 'text', 'related']),
    );
    expect(lines[0].text).toMatch(/^Chile and Peru signed[\s\S]*\n\nThe agreement ends/u);
    expect(stderr).toMatch(/NG_E002: .*photo\.html/u);
    expect(stderr).toMatch(/NG_E015: .*cut\.html\.gz/u);
    expect(stderr).toMatch(/4 documents, 1 extracted, 1 duplicates, 2 errors/u);
  });

  it('batch mode: one line per input line, in order, with its id; a bad line is an error for that id', () => {
    const input = [
      JSON.stringify({ id: 'b', html: PAGE, url: 'https://news.test/b' }),
      '{"id": "broken"',
      JSON.stringify({
        id: 7,
        text: 'Chile and Peru signed an accord on Tuesday. Both sides said it was fair.',
      }),
      JSON.stringify({ id: 'x', url: 'https://news.test/x' }),
    ].join('\n');
    const { code, stdout } = run(['--jsonl', '-'], input);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.error?.code ?? 'ok'])).toEqual([
      ['b', 'ok'],
      [null, 'NG_E006'],
      ['7', 'ok'],
      ['x', 'NG_E007'],
    ]);
    expect(lines[2].text).toContain('Both sides said');
  });

  it('reads a WARC.gz and prints JSON or text as asked', () => {
    const warc = join(SAMPLES, 'example.warc.gz');
    const json = run([warc, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject([
      { title: 'Example Domain', url: 'http://example.com/' },
    ]);
    const text = run([warc, '--format', 'text']);
    expect(text.stdout).toMatch(/^# Example Domain\n\nhttp:\/\/example\.com\//u);
  });

  it('refuses a URL on 127.0.0.1 without --allow-private, naming it', () => {
    const { code, stderr } = run(['http://127.0.0.1:9/story', join(dir, 'pages/a.html')]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/NG_E005: http:\/\/127\.0\.0\.1:9\/story: .*private address/u);
    expect(stderr).toMatch(/1 extracted/u);
  });

  it('refuses an unknown format', () => {
    expect(run([join(dir, 'pages'), '--format', 'xml']).code).toBe(2);
  });
});
