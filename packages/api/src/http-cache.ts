import { createHash } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { Negotiator } from '@fastify/accept-negotiator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyCompressOptions } from '@fastify/compress';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Encodings the server offers, best first (brotli is ~15% smaller than gzip on the plan JSON). */
export const ENCODINGS = ['br', 'gzip'] as const;
type Encoding = (typeof ENCODINGS)[number];

/** Options of @fastify/compress for every other response (JSON and the web app's static files). */
export const compressOptions: FastifyCompressOptions = { encodings: [...ENCODINGS], threshold: 1024 };

/**
 * Cache-Control of the web app's files: Vite names everything under /assets/ by a hash of its content, so those
 * never change and are cached for a year; index.html (which names the current hashes) is revalidated every time.
 */
export function staticCacheHeaders(root: string): (reply: FastifyReply, filePath: string) => void {
  return (reply, filePath) => {
    const hashed = path.relative(root, filePath).startsWith(`assets${path.sep}`);
    reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

interface Encoded {
  etag: string;
  json: Buffer;
  compressed: Partial<Record<Encoding, Promise<Buffer>>>;
}

const negotiator = new Negotiator({ supportedValues: [...ENCODINGS, 'identity'] });
// Keyed by the value object itself: a service that hands every reader the same cached object gets one
// serialisation, one hash and one compression per encoding for all of them.
const encodings = new WeakMap<object, Encoded>();

function encode(value: object): Encoded {
  let e = encodings.get(value);
  if (!e) {
    const json = Buffer.from(JSON.stringify(value));
    e = { etag: `"${createHash('sha1').update(json).digest('base64url')}"`, json, compressed: {} };
    encodings.set(value, e);
  }
  return e;
}

function compress(e: Encoded, encoding: Encoding): Promise<Buffer> {
  let p = e.compressed[encoding];
  if (!p) {
    p =
      encoding === 'br'
        ? brotli(e.json, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: e.json.length } })
        : gzipAsync(e.json);
    e.compressed[encoding] = p;
  }
  return p;
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends `value` as JSON with a strong ETag, answering 304 when the client already holds it (If-None-Match), and
 * compressed with the negotiated encoding. Serialisation and compression are remembered per value object.
 */
export async function sendCachedJson(req: FastifyRequest, reply: FastifyReply, value: object): Promise<FastifyReply> {
  const e = encode(value);
  reply.header('etag', e.etag).header('vary', 'accept-encoding').header('cache-control', 'private, no-cache');
  if (matches(req.headers['if-none-match'], e.etag)) return reply.status(304).send();
  reply.type('application/json; charset=utf-8');
  const accepted = req.headers['accept-encoding'];
  const encoding = accepted ? negotiator.negotiate(accepted) : null;
  if (encoding === 'br' || encoding === 'gzip') return reply.header('content-encoding', encoding).send(await compress(e, encoding));
  return reply.send(e.json);
}
