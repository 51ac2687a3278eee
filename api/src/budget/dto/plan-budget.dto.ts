import { ApiProperty } from '@nestjs/swagger';
import { AREA_KEYS, type AreaKey } from '../../catalogue/area-keys.js';
import { BudgetAmounts, FunderSummary } from './budget-line.dto.js';

export class AreaBudget extends BudgetAmounts {
  @ApiProperty({ enum: AREA_KEYS, enumName: 'AreaKey', description: 'The area of the lines’ steps.' }) area: AreaKey;
}

export class FunderBudget extends BudgetAmounts {
  @ApiProperty({ type: FunderSummary }) funder: FunderSummary;
}

export class YearBudget extends BudgetAmounts {
  @ApiProperty({ type: 'integer' }) year: number;
}

/** Everything the plan budgets in one currency, and the same broken down three ways. */
export class CurrencyBudget extends BudgetAmounts {
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ type: [AreaBudget], description: 'In the guidance’s area order; areas without lines are left out.' }) byArea: AreaBudget[];
  @ApiProperty({ type: [FunderBudget], description: 'By funder name.' }) byFunder: FunderBudget[];
  @ApiProperty({ type: [YearBudget], description: 'Oldest year first.' }) byYear: YearBudget[];
}

export class PlanBudgetResponse {
  @ApiProperty({ type: [CurrencyBudget], description: 'One entry per currency, by code: amounts of different currencies are never added.' })
  currencies: CurrencyBudget[];
}
