import { HttpStatus } from '@nestjs/common';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { ApiException, notFound } from '../../common/errors/api-exception.js';
import type { S3Settings } from '../../config/app-config.js';
import { STORE_RETRY_SECONDS, storeFull, storeUnavailable } from './evidence-store-errors.js';
import { assertEvidenceKey, EvidenceStorage } from './evidence-storage.js';
import { authorization, sha256Hex } from './sigv4.js';

const EMPTY_HASH = sha256Hex('');

/**
 * Evidence files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage…), addressed path-style
 * (`https://endpoint/bucket/key`) and signed with Signature Version 4; no SDK needed for three calls.
 */
export class S3Storage extends EvidenceStorage {
  constructor(private readonly settings: S3Settings) {
    super();
  }

  async put(key: string, content: Buffer, contentType: string): Promise<void> {
    const response = await this.send('PUT', key, content, { 'content-type': contentType }).catch((error: unknown) => {
      throw error instanceof StoreUnavailable ? storeUnavailable(`the file store cannot be reached: ${error.detail}`) : error;
    });
    // MinIO and Ceph answer 507 when their disks are full; that is the uploader's answer too.
    if (response.status === HttpStatus.INSUFFICIENT_STORAGE) throw storeFull();
    if (!response.ok) throw storeUnavailable(`the file store answered ${response.status}`);
  }

  async read(key: string): Promise<Readable> {
    const response = await this.send('GET', key);
    if (response.status === 404) throw notFound('The stored file');
    if (!response.ok || !response.body) throw unavailable(`reading a file answered ${response.status}`);
    return Readable.fromWeb(response.body as unknown as WebReadableStream);
  }

  async remove(key: string): Promise<void> {
    const response = await this.send('DELETE', key);
    if (!response.ok && response.status !== 404) throw unavailable(`removing a file answered ${response.status}`);
  }

  private async send(method: string, key: string, body?: Buffer, extra: Record<string, string> = {}): Promise<Response> {
    assertEvidenceKey(key);
    const url = new URL(`${this.settings.url.replace(/\/$/, '')}/${key}`);
    const payloadHash = body ? sha256Hex(body) : EMPTY_HASH;
    const headers: Record<string, string> = {
      host: url.host,
      'x-amz-date': new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''),
      'x-amz-content-sha256': payloadHash,
      ...extra,
    };
    headers.authorization = authorization(
      { method, path: url.pathname, headers, payloadHash },
      { accessKeyId: this.settings.accessKeyId, secretAccessKey: this.settings.secretAccessKey, region: this.settings.region, service: 's3' },
    );
    const { host: _host, ...sent } = headers;
    try {
      return await fetch(url, { method, headers: sent, body: body ? new Uint8Array(body) : undefined });
    } catch (error) {
      throw unavailable((error as Error).message);
    }
  }
}

class StoreUnavailable extends ApiException {
  readonly retryAfterSeconds = STORE_RETRY_SECONDS;

  constructor(readonly detail: string) {
    super(HttpStatus.SERVICE_UNAVAILABLE, `The file store is not available right now; try again later (${detail}).`);
  }
}

const unavailable = (detail: string) => new StoreUnavailable(detail);
