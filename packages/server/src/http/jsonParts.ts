import type { Response } from 'express';

/**
 * Sends a JSON answer made of parts written one after the other (a small one made for this
 * request, large ones shared by many requests), without copying them into one buffer first.
 */
export function sendJsonParts(res: Response, parts: readonly Buffer[]): void {
  res.type('json').set('Content-Length', String(parts.reduce((length, part) => length + part.length, 0)));
  for (const part of parts) res.write(part);
  res.end();
}
