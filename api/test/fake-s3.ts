import { createServer, type IncomingMessage, type Server } from 'node:http';
import { authorization, sha256Hex } from '../src/reports/storage/sigv4.js';

export interface FakeS3 {
  url: string;
  objects: Map<string, { body: Buffer; contentType: string }>;
  close(): Promise<void>;
}

/**
 * A stand-in for an S3-compatible store, for tests only: keeps objects in memory and refuses any
 * request whose Signature Version 4 does not verify with the given keys (403, as S3 does).
 */
export async function startFakeS3(accessKeyId: string, secretAccessKey: string, region = 'us-east-1'): Promise<FakeS3> {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const header = request.headers.authorization ?? '';
    const signed = /SignedHeaders=([^,]+)/.exec(header)?.[1].split(';') ?? [];
    const headers = Object.fromEntries(signed.map((name) => [name, String(request.headers[name] ?? '')]));
    const payloadHash = String(request.headers['x-amz-content-sha256'] ?? '');
    const expected = authorization(
      { method: request.method!, path: request.url!, headers, payloadHash },
      { accessKeyId, secretAccessKey, region, service: 's3' },
    );
    if (header !== expected || payloadHash !== sha256Hex(body) || !signed.includes('host')) {
      response.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
      return;
    }
    const path = request.url!;
    if (request.method === 'PUT') {
      objects.set(path, { body, contentType: String(request.headers['content-type']) });
      response.writeHead(200).end();
    } else if (request.method === 'GET') {
      const object = objects.get(path);
      if (!object) response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
      else response.writeHead(200, { 'content-type': object.contentType }).end(object.body);
    } else if (request.method === 'DELETE') {
      objects.delete(path);
      response.writeHead(204).end();
    } else {
      response.writeHead(405).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    objects,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
