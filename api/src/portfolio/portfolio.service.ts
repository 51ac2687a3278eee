import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NO_INDICATORS, selectCurrentReporting, selectIndicatorStandings } from '../dashboard/plan-figures.query.js';
import { readSnapshot } from '../dashboard/plan-snapshot.js';
import type { PortfolioQuery, PortfolioResponse } from './dto/portfolio.dto.js';
import {
  selectFunding,
  selectPlanBudgetTotals,
  selectPortfolioCountries,
  selectPortfolioPlans,
  selectUserOrganisation,
} from './portfolio.query.js';

/** Every plan the caller is a member of, side by side: the same handful of queries for 1 plan or 50. */
@Injectable()
export class PortfolioService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  portfolio(userId: string, query: PortfolioQuery): Promise<PortfolioResponse> {
    return readSnapshot(this.dataSource, async (manager, readAt) => {
      const organisation = await selectUserOrganisation(manager, userId);
      const plans = await selectPortfolioPlans(manager, userId, query);
      const countries = await selectPortfolioCountries(manager, userId);
      const ids = plans.map((plan) => plan.id);
      const reporting = await selectCurrentReporting(manager, ids);
      const indicators = await selectIndicatorStandings(manager, ids);
      const budgets = await selectPlanBudgetTotals(manager, ids);
      const funding = organisation ? await selectFunding(manager, organisation.id, ids) : new Map();
      return {
        organisation,
        readAt,
        countries,
        items: plans.map((plan) => ({
          id: plan.id,
          title: plan.title,
          country: plan.country,
          startDate: plan.start_date,
          endDate: plan.end_date,
          status: plan.status,
          role: plan.role,
          reportingCadence: plan.reporting_cadence,
          steps: plan.steps,
          progress: plan.progress,
          overdue: plan.overdue,
          reporting: reporting.get(plan.id)!,
          indicators: indicators.get(plan.id) ?? NO_INDICATORS,
          budget: budgets.get(plan.id) ?? [],
          organisationFunding: funding.get(plan.id) ?? [],
        })),
      };
    });
  }
}
