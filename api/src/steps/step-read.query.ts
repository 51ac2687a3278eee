import type { EntityManager } from 'typeorm';
import { AREA_ORDER_SQL } from '../catalogue/area-keys.js';
import { DUE_SOON_DAYS } from '../dashboard/dto/dashboard.dto.js';
import type { OrganisationKind } from '../organisations/organisation.entity.js';
import type { StepResponse } from './dto/step-response.dto.js';
import type { ListStepsQuery } from './dto/step-query.dto.js';

export const OVERDUE_SQL = `coalesce(s.due_date < current_date AND s.status NOT IN ('done', 'cancelled'), false)`;

/** The dashboard's "due soon": due from today to DUE_SOON_DAYS ahead, neither done nor cancelled. */
export const DUE_SOON_SQL = `(s.due_date BETWEEN current_date AND current_date + ${DUE_SOON_DAYS} AND s.status NOT IN ('done', 'cancelled'))`;

const STEPS_WITH_LEAD = 'steps s LEFT JOIN organisations o ON o.id = s.lead_organisation_id';

const STEP_COLUMNS = `
  s.id, s.plan_id, s.area_key, s.catalogue_key, s.catalogue_version, s.title, s.description, s.status,
  s.progress, s.start_date, s.due_date, s.lead_organisation_id, s.priority, s.principles, s.version,
  o.name AS lead_organisation_name, o.kind AS lead_organisation_kind, o.country AS lead_organisation_country,
  s.created_at, s.updated_at, ${OVERDUE_SQL} AS overdue`;

interface StepRow {
  id: string;
  plan_id: string;
  area_key: StepResponse['area'];
  catalogue_key: string | null;
  catalogue_version: number | null;
  title: string;
  description: string;
  status: StepResponse['status'];
  progress: number;
  start_date: string | null;
  due_date: string | null;
  lead_organisation_id: string | null;
  lead_organisation_name: string | null;
  lead_organisation_kind: OrganisationKind | null;
  lead_organisation_country: string | null;
  priority: StepResponse['priority'];
  principles: StepResponse['principles'];
  version: number;
  created_at: Date;
  updated_at: Date;
  overdue: boolean;
}

/** The WHERE clause and parameters for the step list's filters. */
function filterSql(planId: string, query: ListStepsQuery): { where: string; params: unknown[] } {
  const params: unknown[] = [planId];
  const clauses = ['s.plan_id = $1'];
  if (query.area) clauses.push(`s.area_key = $${params.push(query.area)}`);
  if (query.status) clauses.push(`s.status = $${params.push(query.status)}`);
  if (query.assignee) {
    clauses.push(`EXISTS (SELECT 1 FROM step_assignees a WHERE a.step_id = s.id AND a.user_id = $${params.push(query.assignee)})`);
  }
  if (query.overdue === 'true') clauses.push(OVERDUE_SQL);
  if (query.overdue === 'false') clauses.push(`NOT ${OVERDUE_SQL}`);
  if (query.dueSoon === 'true') clauses.push(DUE_SOON_SQL);
  if (query.principle) clauses.push(`$${params.push(query.principle)} = ANY (s.principles)`);
  const text = query.q?.trim();
  if (text) {
    const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
    const index = params.push(pattern);
    clauses.push(
      `(s.title ILIKE $${index} OR s.description ILIKE $${index} OR s.catalogue_key ILIKE $${index} OR o.name ILIKE $${index})`,
    );
  }
  return { where: clauses.join(' AND '), params };
}

export async function countSteps(manager: EntityManager, planId: string, query: ListStepsQuery): Promise<number> {
  const { where, params } = filterSql(planId, query);
  const [row] = await manager.query(`SELECT count(*)::int AS total FROM ${STEPS_WITH_LEAD} WHERE ${where}`, params);
  return row.total;
}

/** A step as read; the caller's permissions are added by the service, which knows who asks. */
export type StepRecord = Omit<StepResponse, 'myPermissions'>;

export async function selectSteps(
  manager: EntityManager,
  planId: string,
  query: ListStepsQuery,
  page: number,
  pageSize: number,
): Promise<StepRecord[]> {
  const { where, params } = filterSql(planId, query);
  const limit = params.push(pageSize);
  const offset = params.push((page - 1) * pageSize);
  const rows = (await manager.query(
    `SELECT ${STEP_COLUMNS} FROM ${STEPS_WITH_LEAD} WHERE ${where}
      ORDER BY ${AREA_ORDER_SQL('s.area_key')}, s.position, s.created_at
      LIMIT $${limit} OFFSET $${offset}`,
    params,
  )) as StepRow[];
  return withLinks(manager, rows);
}

export async function selectStep(manager: EntityManager, planId: string, stepId: string): Promise<StepRecord | null> {
  const rows = (await manager.query(`SELECT ${STEP_COLUMNS} FROM ${STEPS_WITH_LEAD} WHERE s.plan_id = $1 AND s.id = $2`, [planId, stepId])) as StepRow[];
  const [step] = await withLinks(manager, rows);
  return step ?? null;
}

/** Adds assignees and dependencies to a page of steps: two queries, whatever the page size. */
async function withLinks(manager: EntityManager, rows: StepRow[]): Promise<StepRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [assignees, dependencies] = await Promise.all([
    manager.query(
      `SELECT a.step_id, u.id, u.name, u.email FROM step_assignees a JOIN users u ON u.id = a.user_id
        WHERE a.step_id = ANY($1::uuid[]) ORDER BY u.name`,
      [ids],
    ) as Promise<{ step_id: string; id: string; name: string; email: string }[]>,
    manager.query(
      `SELECT d.step_id, d.depends_on_step_id FROM step_dependencies d
         JOIN steps t ON t.id = d.depends_on_step_id
        WHERE d.step_id = ANY($1::uuid[]) ORDER BY ${AREA_ORDER_SQL('t.area_key')}, t.position`,
      [ids],
    ) as Promise<{ step_id: string; depends_on_step_id: string }[]>,
  ]);
  return rows.map((row) => {
    const people = assignees.filter((assignee) => assignee.step_id === row.id);
    return {
      id: row.id,
      planId: row.plan_id,
      area: row.area_key,
      catalogueKey: row.catalogue_key,
      catalogueVersion: row.catalogue_version,
      title: row.title,
      description: row.description,
      status: row.status,
      progress: row.progress,
      startDate: row.start_date,
      dueDate: row.due_date,
      leadOrganisationId: row.lead_organisation_id,
      leadOrganisation: row.lead_organisation_id
        ? { id: row.lead_organisation_id, name: row.lead_organisation_name!, kind: row.lead_organisation_kind!, country: row.lead_organisation_country }
        : null,
      assigneeIds: people.map((person) => person.id),
      assignees: people.map(({ id, name, email }) => ({ id, name, email })),
      priority: row.priority,
      principles: row.principles,
      dependsOn: dependencies.filter((edge) => edge.step_id === row.id).map((edge) => edge.depends_on_step_id),
      overdue: row.overdue,
      version: row.version,
      createdAt: row.created_at.toISOString(),
      updatedAt: row.updated_at.toISOString(),
    };
  });
}
