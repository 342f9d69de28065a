import type { Request, Response } from 'express';

/** Whether `If-None-Match` names `etag` (or is `*`), compared weakly as RFC 9110 says for GET. */
function matches(ifNoneMatch: string, etag: string): boolean {
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Conditional GET for an answer whose version the caller knows before building it: sends the
 * version as the ETag (and asks browsers to check it before reusing their copy), and answers
 * 304 without a body when the request's `If-None-Match` names it. True when answered.
 */
export function answeredUnchanged(req: Request, res: Response, version: string): boolean {
  const etag = `W/"${version}"`;
  res.set({ ETag: etag, 'Cache-Control': 'private, no-cache' });
  const ifNoneMatch = req.get('If-None-Match');
  if (ifNoneMatch === undefined || !matches(ifNoneMatch, etag)) return false;
  res.status(304).end();
  return true;
}
