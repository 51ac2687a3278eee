import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Principle, ServiceType } from './catalogue-v1.data.js';

@Entity({ name: 'catalogue_versions' })
export class CatalogueVersion {
  @PrimaryColumn({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'text' })
  source: string;

  /** SHA-256 of the seeded content: tells whether the code's catalogue still matches what was published. */
  @Column({ type: 'varchar', length: 64, name: 'content_hash' })
  contentHash: string;

  @Column({ type: 'timestamptz', name: 'published_at', insert: false, update: false })
  publishedAt: Date;
}

@Entity({ name: 'catalogue_areas' })
export class CatalogueAreaRow {
  @PrimaryColumn({ type: 'integer', name: 'catalogue_version' })
  catalogueVersion: number;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  key: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'boolean', name: 'cross_cutting' })
  crossCutting: boolean;
}

@Entity({ name: 'catalogue_steps' })
export class CatalogueStepRow {
  @PrimaryColumn({ type: 'integer', name: 'catalogue_version' })
  catalogueVersion: number;

  @PrimaryColumn({ type: 'varchar', length: 10 })
  key: string;

  @Column({ type: 'varchar', length: 3, name: 'area_key' })
  areaKey: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true })
  principles: Principle[];

  @Column({ type: 'text', array: true, name: 'service_types' })
  serviceTypes: ServiceType[];
}
