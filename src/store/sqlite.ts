import Database from 'better-sqlite3';
import type { Analysis } from '../analyze/analysis.js';
import { NewsgraphError } from '../doc/errors.js';
import {
  clusterFor,
  clustersOfArticle,
  type Query,
  type Row,
  recount,
  runSync,
} from './clusters.js';
import {
  BAND_CANDIDATES,
  nearDuplicateStep,
  pickDuplicate,
  SET_NEAR_DUPLICATE,
  SET_SIMHASH,
} from './near-duplicates.js';
import { type ArticleRows, articleRows, clusterKey } from './rows.js';
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

/** Runs yielded SQL through prepared statements, each prepared once. */
function cachedExecutor(db: Database.Database): (query: Query) => Row[] {
  const statements = new Map<string, Database.Statement>();
  return ({ sql, params }) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  };
}

function open(path: string): Database.Database {
  try {
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    // WAL's recommended level: a commit survives a crash or kill -9 (never half an article); only
    // a power cut may lose the last commits.
    db.pragma('synchronous = NORMAL');
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
       analysis_version, outlet)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEntity = db.prepare('INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertQuote = db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?)');
  const insertEvent = db.prepare(`INSERT INTO events VALUES (${Array(19).fill('?').join(', ')})`);
  const execute = cachedExecutor(db);

  const insertChildren = (id: number | bigint, rows: ArticleRows): number[] => {
    for (const row of rows.entities) insertEntity.run(id, ...row);
    for (const row of rows.quotes) insertQuote.run(id, ...row);
    return rows.events.map((row) => {
      const negated = row[12] ? 1 : 0;
      const cluster = runSync(clusterFor(clusterKey(row)), execute);
      insertEvent.run(id, ...row.slice(0, 12), negated, ...row.slice(13), cluster);
      return cluster;
    });
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
    runSync(recount(insertChildren(result.lastInsertRowid, rows)), execute);
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
    const before = runSync(clustersOfArticle(id), execute);
    for (const statement of deleteChildren) statement.run(id);
    updateAnalysis.run(rows.article[7], rows.article[8], id);
    runSync(recount([...before, ...insertChildren(id, rows)]), execute);
  });

  // data_version changes when another connection commits; this connection's own writes are counted.
  let ownWrites = 0;
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const count = (table: string): number =>
    (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

  return {
    engine: 'sqlite',
    async saveAnalysis(analysis, source) {
      ownWrites++;
      try {
        return save(analysis, source);
      } catch (error) {
        throw new NewsgraphError('NG_E012', source, (error as Error).message);
      }
    },
    async replaceAnalysis(id, analysis) {
      ownWrites++;
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
    async changeToken() {
      return `${dataVersion.get()}:${ownWrites}`;
    },
    async close() {
      db.close();
    },
  };
}
