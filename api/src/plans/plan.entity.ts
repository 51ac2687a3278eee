import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ReportingCadence } from '../reports/periods.js';

export const PLAN_STATUSES = ['active', 'archived'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const ROLES = ['owner', 'editor', 'contributor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

@Entity({ name: 'plans' })
export class Plan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'char', length: 3 })
  country: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'date', name: 'start_date' })
  startDate: string;

  @Column({ type: 'date', name: 'end_date' })
  endDate: string;

  @Column({ type: 'varchar', length: 16 })
  status: PlanStatus;

  @Column({ type: 'integer', name: 'catalogue_version', nullable: true })
  catalogueVersion: number | null;

  @Column({ type: 'uuid', name: 'created_by' })
  createdBy: string;

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', name: 'archived_at', nullable: true })
  archivedAt: Date | null;

  @Column({ type: 'varchar', length: 12, name: 'reporting_cadence' })
  reportingCadence: ReportingCadence;

  @Column({ type: 'integer' })
  version: number;
}

@Entity({ name: 'plan_members' })
export class PlanMember {
  @PrimaryColumn({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;
}
