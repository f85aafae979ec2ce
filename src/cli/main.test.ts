import { existsSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-cli-'));

const run = runCli;

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const STORY = [
  'Kenya and Ethiopia sign trade deal',
  '',
  'Kenya and Ethiopia signed a trade agreement in Nairobi on Monday, officials said.',
  '',
  '"This is a good day for the region," President William Ruto said.',
].join('\n');

describe('newsgraph analyze on bad input', () => {
  it.each([
    ['an empty file', () => file('empty.txt', ''), 'NG_E001'],
    [
      'a binary file',
      () => file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0])),
      'NG_E002',
    ],
    ['a missing file', () => join(dir, 'missing.txt'), 'NG_E005'],
    [
      'a 200 MB file',
      () => {
        const path = file('huge.txt', '');
        truncateSync(path, 200 * 1024 * 1024);
        return path;
      },
      'NG_E004',
    ],
  ])('%s gives a one-line error naming the input and exit code 2', (_, make, code) => {
    const path = make();
    const result = run(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(code);
    expect(lines[0]).toContain(path);
  });

  it.each([
    [
      'undeclared bytes valid in neither UTF-8 nor windows-1252',
      'bad.txt',
      [0xc3, 0x28, 0x81, 0x8d, 0x9d],
    ],
    ['a page declared UTF-8 that is not', 'bad.html', [0xff, 0xfe, 0xc3, 0x28, 0xe2, 0x28, 0xa1]],
  ])('%s is refused with NG_E003 naming the input', (_, name, bytes) => {
    const head = name.endsWith('.html') ? '<meta charset="utf-8"><p>' : '';
    const path = file(name, Buffer.from([...Buffer.from(`${head}${STORY} `), ...bytes, 0x0a]));
    const result = run(['analyze', path]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringContaining(`NG_E003: ${path}`)]);
  });

  it('reads an undeclared windows-1252 page as such', () => {
    const path = file('latin.txt', Buffer.from([...Buffer.from(`${STORY} Caf`), 0xe9, 0x2e, 0x0a]));
    const result = run(['analyze', path]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).article.text).toContain('Café.');
  });

  it('refuses a malformed --published date', () => {
    const result = run(['analyze', file('story.txt', STORY), '--published', 'yesterday']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('NG_E008');
  });

  it('refuses to disable a component that does not exist', () => {
    const result = run(['analyze', file('story2.txt', STORY), '--disable', 'nonsense']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--disable nonsense');
  });
});

describe('newsgraph analyze', () => {
  it('reads stdin and leaves out a disabled component', () => {
    const result = run(['analyze', '-', '--published', '2023-04-03', '--disable', 'quotes'], STORY);
    expect(result.code).toBe(0);
    const analysis = JSON.parse(result.stdout);
    expect(analysis.quotes).toEqual([]);
    expect(analysis.entities.map((e: { name: string }) => e.name)).toContain('Kenya');
  });

  it('batch mode answers every line in order and goes on after a bad one', () => {
    const lines = [
      JSON.stringify({ id: 'one', text: STORY }),
      'not json',
      JSON.stringify({ id: 'three', body: 'Chile and Peru signed an accord.' }),
    ].join('\n');
    const result = run(['analyze', '--jsonl', '-'], lines);
    expect(result.code).toBe(0);
    const out = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out.map((o) => o.id)).toEqual(['one', null, 'three']);
    expect(out[1].error.code).toBe('NG_E006');
    expect(out[2].article.text).toBe('Chile and Peru signed an accord.');
  });
});

describe('newsgraph ingest and export', () => {
  it('stores pages once and exports their events as GDELT rows', () => {
    const db = join(dir, 'corpus.db');
    const page = file('story-ingest.txt', STORY);
    expect(run(['ingest', page, '--db', db, '--published', '2023-04-03']).code).toBe(0);
    const again = run(['ingest', page, '--db', db]);
    expect(JSON.parse(again.stdout)).toMatchObject({ stored: 0, duplicates: 1 });
    const exported = run(['export', '--db', db, '--format', 'gdelt', '--dyad', 'KEN-ETH']);
    expect(exported.code).toBe(0);
    const rows = exported.stdout.replace(/\n$/u, '').split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.split('\t')).toHaveLength(61);
    const entities = run(['export', '--db', db, '--what', 'entities', '--format', 'csv']);
    expect(entities.stdout.split('\n')[0]).toBe(
      'article_id,entity_id,type,name,actor,country,mentions',
    );
    expect(entities.stdout).toContain(',GPE,Kenya,KEN,KEN,');
    expect(run(['export', '--db', db, '--what', 'everything']).stderr).toContain('NG_E008: --what');
    const missing = join(dir, 'never-made.db');
    expect(run(['search', 'Kenya', '--db', missing]).stderr).toContain(`NG_E005: ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('newsgraph analyze with the user’s dictionaries', () => {
  const actors = () => file('mine.actors', 'ARNOR_ [ARN]\nGONDOR [GON]\nGONDOR [GND]\n');

  it('codes with a user actor dictionary and reports its conflicting entries', () => {
    const text = 'Arnor accused Gondor of shelling.';
    const result = run(
      ['analyze', '-', '--body', '--published', '1995-01-03', '--actors', actors()],
      text,
    );
    expect(result.code).toBe(0);
    const events = JSON.parse(result.stdout).events.map(
      (e: { code: string; source: { actor: string }; target: { actor: string } }) =>
        `${e.source.actor}>${e.target.actor} ${e.code}`,
    );
    expect(events).toEqual(['ARN>GON 112']);
    expect(result.stderr).toMatch(/warning: .*mine.actors:3: gondor/iu);
  });

  it('names the file and line of a bad dictionary entry', () => {
    const verbs = file(
      'bad-verbs.tsv',
      '057\tsvo\tsigned\tagreement\tasserted\n99x\tsvo\tsigned\t*\tasserted\n',
    );
    const result = run(
      ['analyze', '-', '--body', '--verbs', verbs],
      'Chile signed a deal with Peru.',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`${verbs}:2`);
  });
});
