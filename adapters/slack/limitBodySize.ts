import type { RequestHandler } from 'express';

/**
 * Refuses a request whose declared size is over `maxBytes` before any byte is read or verified.
 * Chunked bodies carry no Content-Length; the receiver's own body limit catches those while reading.
 */
export function limitBodySize(maxBytes: number): RequestHandler {
  return (req, res, next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (Number.isFinite(declared) && declared > maxBytes) {
      res.status(413).set('connection', 'close').end();
      return;
    }
    next();
  };
}
