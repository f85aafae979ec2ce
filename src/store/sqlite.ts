import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Analysis } from '../analyze/analysis.js';
import { NewsgraphError } from '../doc/errors.js';
import { MIGRATIONS } from './sqlite-schema.js';
import type { Store, StoreSummary } from './store.js';

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** The embedded default: one SQLite file in WAL mode. */
export function openSqliteStore(path: string): Store {
  let db: Database.Database;
  try {
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (error) {
    throw new NewsgraphError('NG_E012', path, (error as Error).message);
  }
  const insertArticle = db.prepare(
    `INSERT OR IGNORE INTO articles (content_hash, source, url, title, published, published_source, text, analysis)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEntity = db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertQuote = db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)');
  const insertEvent = db.prepare(
    'INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );

  const save = db.transaction((analysis: Analysis, source: string): boolean => {
    const { article } = analysis;
    const hash = createHash('sha256').update(article.text).digest('hex');
    const result = insertArticle.run(
      hash,
      source,
      article.url,
      article.title,
      article.published.value,
      article.published.source,
      article.text,
      JSON.stringify(analysis),
    );
    if (result.changes === 0) return false;
    const id = result.lastInsertRowid;
    for (const e of analysis.entities) {
      insertEntity.run(id, e.id, e.type, e.name, e.actor, e.country, e.mentions.length);
    }
    for (const q of analysis.quotes) insertQuote.run(id, q.start, q.end, q.kind, q.speaker, q.text);
    for (const e of analysis.events) {
      insertEvent.run(
        id,
        e.code,
        e.root,
        e.quad,
        e.goldstein,
        e.source.actor,
        e.target.actor,
        e.date,
        e.location,
        e.negated ? 1 : 0,
        e.modality,
        e.evidence.start,
        e.evidence.end,
      );
    }
    return true;
  });

  const count = (table: string): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return {
    saveAnalysis(analysis, source) {
      try {
        return save(analysis, source);
      } catch (error) {
        throw new NewsgraphError('NG_E012', source, (error as Error).message);
      }
    },
    summary(): StoreSummary {
      return {
        articles: count('articles'),
        entities: count('entities'),
        quotes: count('quotes'),
        events: count('events'),
      };
    },
    close() {
      db.close();
    },
  };
}
