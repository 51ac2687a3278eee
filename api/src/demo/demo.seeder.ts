import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { PlansService } from '../plans/plans.service.js';
import { PlanMember } from '../plans/plan.entity.js';
import { UsersService } from '../users/users.service.js';
import { seedDemoProgress } from './demo-progress.js';
import { DEMO_OTHER_ORGANISATIONS, DEMO_PERSONAS, VELORIA_PLAN, type DemoPlanSpec } from './demo-plan.js';
import { CALNORA_PLAN } from './demo-second-plan.js';

/** The demo plans, in the order they are created. */
const DEMO_PLANS: DemoPlanSpec[] = [VELORIA_PLAN, CALNORA_PLAN];

export interface DemoAccounts {
  password: string;
  seededNow: boolean;
  accounts: { email: string; persona: string }[];
}

/**
 * Seeds the demo accounts and the two demo plans (Veloria, then Calnora), but only into an empty
 * database: a real deployment that already has users is never touched.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('Demo');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly plans: PlansService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Returns the demo accounts when they exist (seeded now or earlier), or null. */
  async seed(): Promise<DemoAccounts | null> {
    const password = this.demoPassword();
    const accounts = DEMO_PERSONAS.map(({ email, persona }) => ({ email, persona }));
    if ((await this.users.count()) > 0) {
      const owner = await this.users.findByEmail(DEMO_PERSONAS[0].email);
      if (!owner) return null;
      // A database seeded by an earlier release may lack the later personas: list only the accounts it has.
      const present = await Promise.all(accounts.map(async (account) => ((await this.users.findByEmail(account.email)) ? account : null)));
      return { password, seededNow: false, accounts: present.filter((account) => account !== null) };
    }
    const ids = new Map<string, string>();
    const organisations = new Map<string, string>();
    await this.dataSource.transaction(async (manager) => {
      for (const persona of DEMO_PERSONAS) {
        const user = await this.users.create({ email: persona.email, name: persona.name, password }, manager);
        const organisation = await this.organisations.create(persona.organisation, user.id, manager);
        await manager.query(`UPDATE users SET organisation_id = $2 WHERE id = $1`, [user.id, organisation.id]);
        ids.set(persona.email, user.id);
        organisations.set(organisation.name, organisation.id);
      }
      for (const { name, kind, country } of DEMO_OTHER_ORGANISATIONS) {
        const organisation = await this.organisations.create({ name, kind, country: country ?? undefined }, null, manager);
        organisations.set(organisation.name, organisation.id);
      }
    });
    for (const spec of DEMO_PLANS) await this.createDemoPlan(spec, ids, organisations);
    this.logger.log(`Seeded the demo accounts and ${DEMO_PLANS.length} demo plans.`);
    return { password, seededNow: true, accounts };
  }

  private async createDemoPlan(spec: DemoPlanSpec, ids: Map<string, string>, organisations: Map<string, string>): Promise<void> {
    const year = new Date().getUTCFullYear();
    const ownerId = ids.get(spec.owner)!;
    const plan = await this.plans.create(
      {
        title: spec.title(year),
        country: spec.country,
        startDate: spec.startDate(year),
        endDate: spec.endDate(year),
        description: spec.description,
        fromCatalogue: true,
      },
      ownerId,
    );
    await this.dataSource.transaction(async (manager) => {
      await manager.insert(
        PlanMember,
        spec.members.map(({ email, role }) => ({ planId: plan.id, userId: ids.get(email)!, role })),
      );
      if (spec.catalogueKeys) {
        // A smaller plan keeps only some of the catalogue's steps (nothing refers to the others yet).
        await manager.query(`DELETE FROM steps WHERE plan_id = $1 AND catalogue_key <> ALL ($2::text[])`, [plan.id, spec.catalogueKeys]);
      }
      const steps = (await manager.query(`SELECT id, catalogue_key FROM steps WHERE plan_id = $1`, [plan.id])) as {
        id: string;
        catalogue_key: string;
      }[];
      const stepIds = new Map(steps.map((step) => [step.catalogue_key, step.id]));
      for (const state of spec.steps) {
        const stepId = stepIds.get(state.key)!;
        await manager.query(
          `UPDATE steps SET status = $2, progress = $3, start_date = current_date + $4::int, due_date = current_date + $5::int,
                  lead_organisation_id = $6, priority = $7, version = version + 1, updated_at = now()
            WHERE id = $1`,
          [stepId, state.status, state.progress, state.startInDays, state.dueInDays, organisations.get(state.lead), state.priority],
        );
        for (const email of state.assignees) {
          await manager.query(`INSERT INTO step_assignees (step_id, user_id) VALUES ($1, $2)`, [stepId, ids.get(email)]);
        }
        for (const key of state.dependsOn ?? []) {
          await manager.query(`INSERT INTO step_dependencies (step_id, depends_on_step_id) VALUES ($1, $2)`, [stepId, stepIds.get(key)]);
        }
      }
      for (const line of spec.budget) {
        await manager.query(
          `INSERT INTO budget_lines (plan_id, step_id, funder_id, currency, year, planned, committed, disbursed, note, created_by)
           VALUES ($1, $2, $3, $4, $5, $6::numeric, $7::numeric, $8::numeric, $9, $10)`,
          [plan.id, stepIds.get(line.key), organisations.get(line.funder), line.currency, year + line.inYears, line.planned, line.committed, line.disbursed, line.note ?? null, ownerId],
        );
      }
      await seedDemoProgress(manager, spec, plan.id, stepIds, ids, plan.startDate);
    });
  }

  /** DEMO_PASSWORD, or a random one kept in the data folder so every start-up can print it. */
  private demoPassword(): string {
    if (this.config.demoPassword) return this.config.demoPassword;
    mkdirSync(this.config.dataDir, { recursive: true });
    const file = join(this.config.dataDir, 'demo-password');
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const password = randomBytes(9).toString('base64url');
    writeFileSync(file, password, { mode: 0o600 });
    return password;
  }
}
