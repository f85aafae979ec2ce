import Database from 'better-sqlite3';
import type { Analysis } from '../analyze/analysis.js';
import { NewsgraphError } from '../doc/errors.js';
import {
  BAND_CANDIDATES,
  nearDuplicateStep,
  pickDuplicate,
  SET_NEAR_DUPLICATE,
  SET_SIMHASH,
} from './near-duplicates.js';
import { type ArticleRows, articleRows } from './rows.js';
import { SQLITE_MIGRATIONS } from './schema.js';
import type { Store, StoreSummary } from './store.js';

function migrate(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  for (let v = version; v < SQLITE_MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(SQLITE_MIGRATIONS[v] as string);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

function open(path: string): Database.Database {
  try {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    throw new NewsgraphError('NG_E012', path, (error as Error).message);
  }
}

/** The embedded default: one SQLite file in WAL mode. */
export function openSqliteStore(path: string): Store {
  const db = open(path);
  const insertArticle = db.prepare(
    `INSERT OR IGNORE INTO articles (content_hash, source, url, title, published, published_source, text, analysis,
       analysis_version)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEntity = db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertQuote = db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)');
  const insertEvent = db.prepare(`INSERT INTO events VALUES (${Array(18).fill('?').join(', ')})`);

  const insertChildren = (id: number | bigint, rows: ArticleRows) => {
    for (const row of rows.entities) insertEntity.run(id, ...row);
    for (const row of rows.quotes) insertQuote.run(id, ...row);
    for (const row of rows.events) {
      const negated = row[12] ? 1 : 0;
      insertEvent.run(id, ...row.slice(0, 12), negated, ...row.slice(13));
    }
  };

  const setSimhash = db.prepare(SET_SIMHASH);
  const bandCandidates = db.prepare(BAND_CANDIDATES);
  const setNearDuplicate = db.prepare(SET_NEAR_DUPLICATE);
  const markNearDuplicate = (id: number | bigint, text: string) => {
    const step = nearDuplicateStep(text);
    setSimhash.run(step.hash, ...step.bands, id);
    const original = pickDuplicate(
      step,
      bandCandidates.all(id, ...step.bands) as Record<string, unknown>[],
    );
    if (original !== null) setNearDuplicate.run(original, id);
  };

  const save = db.transaction((analysis: Analysis, source: string): boolean => {
    const rows = articleRows(analysis, source);
    const result = insertArticle.run(...rows.article);
    if (result.changes === 0) return false;
    insertChildren(result.lastInsertRowid, rows);
    markNearDuplicate(result.lastInsertRowid, analysis.article.text);
    return true;
  });

  const deleteChildren = ['entities', 'quotes', 'events'].map((table) =>
    db.prepare(`DELETE FROM ${table} WHERE article_id = ?`),
  );
  const updateAnalysis = db.prepare(
    'UPDATE articles SET analysis = ?, analysis_version = ? WHERE id = ?',
  );
  const replace = db.transaction((id: number, analysis: Analysis) => {
    const rows = articleRows(analysis, '');
    for (const statement of deleteChildren) statement.run(id);
    updateAnalysis.run(rows.article[7], rows.article[8], id);
    insertChildren(id, rows);
  });

  const count = (table: string): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return {
    engine: 'sqlite',
    async saveAnalysis(analysis, source) {
      try {
        return save(analysis, source);
      } catch (error) {
        throw new NewsgraphError('NG_E012', source, (error as Error).message);
      }
    },
    async replaceAnalysis(id, analysis) {
      try {
        replace(id, analysis);
      } catch (error) {
        throw new NewsgraphError('NG_E012', `article ${id}`, (error as Error).message);
      }
    },
    async summary(): Promise<StoreSummary> {
      return {
        articles: count('articles'),
        entities: count('entities'),
        quotes: count('quotes'),
        events: count('events'),
      };
    },
    async select(sql, params) {
      return db.prepare(sql).all(...params) as Record<string, unknown>[];
    },
    async close() {
      db.close();
    },
  };
}
