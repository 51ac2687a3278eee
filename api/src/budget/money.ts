import { registerDecorator, type ValidationArguments, type ValidationOptions } from 'class-validator';

/**
 * An amount of money as it travels in JSON: a decimal string, never a number (a JSON number is a
 * binary float and cannot hold 0.1 exactly). Not negative, at most 16 digits before the point
 * (the column is numeric(18,2)) and at most 2 after.
 */
export const MONEY_PATTERN = '^\\d{1,16}(\\.\\d{1,2})?$';
const MONEY = new RegExp(MONEY_PATTERN);

export const MAX_AMOUNT = '9999999999999999.99';

export const isMoney = (value: unknown): value is string => typeof value === 'string' && MONEY.test(value);

export function IsMoney(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMoney',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: (value: unknown) => isMoney(value),
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be an amount written as a decimal string such as "1250000.00": not negative, at most 16 digits before the point and 2 after`,
      },
    });
}

/** ISO 4217 currency codes the runtime knows, upper case (EUR, USD, KES…). */
export const CURRENCY_CODES: readonly string[] = Intl.supportedValuesOf('currency');

export const FIRST_BUDGET_YEAR = 2000;
export const LAST_BUDGET_YEAR = 2100;
