/**
 * The baseline for the save endpoint: bare Express and better-sqlite3, one INSERT per request,
 * with the same durability settings as Tessera's database (WAL, synchronous FULL).
 *
 * By default each INSERT commits on its own. With `--group-commit` the inserts of one turn of the
 * event loop share one COMMIT, each answered after it, as Tessera's SQLite driver does: the same
 * commit strategy on both sides, so that what is left between them is Tessera's own work.
 */
import path from 'node:path';
import express from 'express';
import Database from 'better-sqlite3';

const [dir, mode] = process.argv.slice(2);
const db = new Database(path.join(dir!, 'bare.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS saves (id INTEGER PRIMARY KEY, unit INTEGER NOT NULL, target TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO saves (unit, target) VALUES (?, ?)');
const begin = db.prepare('BEGIN IMMEDIATE');
const commit = db.prepare('COMMIT');

let pending: (() => void)[] | null = null;

/** Runs `then` once the insert is committed: at once, or at the end of this turn with the others. */
function committed(then: () => void): void {
  if (mode !== '--group-commit') return then();
  pending!.push(then);
}

const app = express();
app.use(express.json());
app.put('/units/:id', (req, res) => {
  if (mode === '--group-commit' && pending === null) {
    begin.run();
    pending = [];
    setImmediate(() => {
      commit.run();
      const answers = pending!;
      pending = null;
      for (const answer of answers) answer();
    });
  }
  const info = insert.run(Number(req.params.id), JSON.stringify(req.body.target));
  committed(() => res.json({ id: Number(info.lastInsertRowid) }));
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
