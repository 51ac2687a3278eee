import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface RateLimitCount {
  hits: number;
  /** Seconds until the current window ends (at least 1). */
  secondsLeft: number;
}

/**
 * Fixed-window request counters kept in PostgreSQL, so every API process counts the same requests.
 * One upsert per request, atomic under the row lock: parallel requests cannot all read "under the
 * limit". Keys are SHA-256 hashes of the bucket and the address, so no address is stored.
 */
@Injectable()
export class RateLimitCounter {
  private calls = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async hit(bucket: string, address: string, windowSeconds: number): Promise<RateLimitCount> {
    const key = createHash('sha256').update(`${bucket}\n${address}`).digest('hex');
    const [row] = (await this.dataSource.query(
      `INSERT INTO rate_limit_hits AS r (key, hits, window_ends_at) VALUES ($1, 1, now() + make_interval(secs => $2))
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.window_ends_at <= now() THEN EXCLUDED.window_ends_at ELSE r.window_ends_at END
       RETURNING r.hits, ceil(extract(epoch FROM r.window_ends_at - now()))::int AS seconds_left`,
      [key, windowSeconds],
    )) as { hits: number; seconds_left: number }[];
    if (++this.calls % 500 === 0) await this.forgetEndedWindows();
    return { hits: row.hits, secondsLeft: Math.max(1, row.seconds_left) };
  }

  private async forgetEndedWindows(): Promise<void> {
    await this.dataSource.query(`DELETE FROM rate_limit_hits WHERE window_ends_at < now() - interval '1 hour'`);
  }
}
