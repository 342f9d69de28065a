import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Request, Response } from 'express';
import { InputError } from '@tessera/core';

const tooLarge = (): InputError => new InputError('input.too-large', 'The upload is larger than this server accepts.');

/** Chunks a spooled upload is read back in. */
const READ_CHUNK = 64 * 1024;

/**
 * Hands `use` the bytes of an uploaded file as a stream, never holding it whole: the request body is
 * written to a temporary file as it arrives (refused as soon as it passes `maxBytes`, or at once when
 * its declared length does), then read back in chunks. The import reads the file, not the network,
 * so that a slow client does not keep a database transaction open. The file is removed afterwards.
 */
export async function withSpooledUpload<T>(req: Request, res: Response, maxBytes: number, use: (bytes: AsyncIterable<Uint8Array>) => Promise<T>): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'tessera-upload-'));
  try {
    const file = path.join(dir, 'upload');
    await spool(req, res, file, maxBytes);
    return await use(fs.createReadStream(file, { highWaterMark: READ_CHUNK }));
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

function spool(req: Request, res: Response, file: string, maxBytes: number): Promise<void> {
  const out = fs.createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.once('finish', resolve);
  });
  // A body already read (by a JSON parser, for a JSON content type) is not there to stream.
  if (req.readableEnded) {
    out.end();
    return done;
  }
  const refuse = (): Promise<void> => {
    // The rest of the body is let go, unread, and the connection closed after the answer.
    res.set('Connection', 'close');
    req.unpipe();
    req.resume();
    out.destroy();
    return Promise.reject(tooLarge());
  };
  if (Number(req.headers['content-length']) > maxBytes) return refuse();
  return new Promise<void>((resolve, reject) => {
    let bytes = 0;
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        req.off('data', onData);
        refuse().catch(reject);
        return;
      }
      if (!out.write(chunk)) {
        req.pause();
        out.once('drain', () => req.resume());
      }
    };
    req.on('data', onData);
    req.once('end', () => {
      out.end();
      done.then(resolve, reject);
    });
    req.once('error', reject);
    out.once('error', reject);
  });
}
