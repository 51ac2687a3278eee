import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { AreaKey } from '../catalogue/area-keys.js';
import type { Principle } from '../catalogue/catalogue-v1.data.js';
import type { Priority, StepStatus } from './step.constants.js';

@Entity({ name: 'steps' })
export class Step {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'plan_id' })
  planId: string;

  @Column({ type: 'varchar', length: 3, name: 'area_key' })
  area: AreaKey;

  @Column({ type: 'varchar', length: 10, name: 'catalogue_key', nullable: true })
  catalogueKey: string | null;

  @Column({ type: 'integer', name: 'catalogue_version', nullable: true })
  catalogueVersion: number | null;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 16 })
  status: StepStatus;

  @Column({ type: 'smallint' })
  progress: number;

  @Column({ type: 'date', name: 'start_date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', name: 'due_date', nullable: true })
  dueDate: string | null;

  @Column({ type: 'uuid', name: 'lead_organisation_id', nullable: true })
  leadOrganisationId: string | null;

  @Column({ type: 'varchar', length: 8 })
  priority: Priority;

  @Column({ type: 'text', array: true })
  principles: Principle[];

  @Column({ type: 'timestamptz', name: 'created_at', insert: false, update: false })
  createdAt: Date;

  @Column({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  @Column({ type: 'integer' })
  version: number;
}

@Entity({ name: 'step_assignees' })
export class StepAssignee {
  @PrimaryColumn({ type: 'uuid', name: 'step_id' })
  stepId: string;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;
}

@Entity({ name: 'step_dependencies' })
export class StepDependency {
  @PrimaryColumn({ type: 'uuid', name: 'step_id' })
  stepId: string;

  @PrimaryColumn({ type: 'uuid', name: 'depends_on_step_id' })
  dependsOnStepId: string;
}
