/**
 * The baseline for the save endpoint: bare Express and better-sqlite3, one INSERT per request,
 * with the same durability settings as Tessera's database (WAL, synchronous FULL).
 */
import path from 'node:path';
import express from 'express';
import Database from 'better-sqlite3';

const dir = process.argv[2]!;
const db = new Database(path.join(dir, 'bare.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS saves (id INTEGER PRIMARY KEY, unit INTEGER NOT NULL, target TEXT NOT NULL)');
const insert = db.prepare('INSERT INTO saves (unit, target) VALUES (?, ?)');

const app = express();
app.use(express.json());
app.put('/units/:id', (req, res) => {
  const info = insert.run(Number(req.params.id), JSON.stringify(req.body.target));
  res.json({ id: Number(info.lastInsertRowid) });
});
const server = app.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`);
});
