import { formatDecimalString, isDecimalString, significantFractionDigits } from '../../i18n/model/decimal-format';

/**
 * An amount of money from the API ("1250000.00", a decimal string) in the language's way, with the currency's sign:
 * "$1,250,000.00", "1 250 000,00 $US", "١٬٢٥٠٬٠٠٠٫٠٠ US$"… The string is handed to Intl as it is — no arithmetic, no
 * binary float — so that sixteen-digit budgets keep every cent. The currency's usual decimals are shown (none for
 * yen), more only when the amount has them (a yen amount of "100.50" shows its 50).
 */
export function formatMoney(amount: string | null | undefined, currency: string, language: string): string {
  if (amount === null || amount === undefined) return '';
  if (!isDecimalString(amount)) return amount;
  let usual: Intl.ResolvedNumberFormatOptions;
  try {
    usual = new Intl.NumberFormat(language, { style: 'currency', currency }).resolvedOptions();
  } catch {
    // Not a currency this browser knows: the amount and the code, side by side.
    return `${formatDecimalString(new Intl.NumberFormat(language, { maximumFractionDigits: 2 }), amount)} ${currency}`;
  }
  const minimum = usual.minimumFractionDigits ?? 2;
  const maximum = Math.max(usual.maximumFractionDigits ?? 2, significantFractionDigits(amount));
  const formatter = new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    minimumFractionDigits: minimum,
    maximumFractionDigits: maximum,
  });
  return formatDecimalString(formatter, amount);
}

/** A negative decimal string (a funding gap below zero: more committed than planned). No arithmetic needed. */
export function isNegativeAmount(amount: string): boolean {
  return /^-\d*\.?\d*[1-9]/.test(amount);
}

/** The currency's name in the language ("US dollar", "dollar des États-Unis", "دولار أمريكي"); the code if unknown. */
export function currencyName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames(language, { type: 'currency', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The currencies donors and ministries most often budget in, offered first. */
export const COMMON_CURRENCIES: readonly string[] = ['USD', 'EUR', 'GBP', 'CHF', 'JPY', 'CNY', 'CAD', 'AUD', 'SEK', 'NOK'];

export interface CurrencyOption {
  code: string;
  name: string;
}

export interface CurrencyChoices {
  /** The currencies already used here, then the common ones. */
  first: CurrencyOption[];
  /** Every other ISO 4217 currency the browser knows, by name in the language. */
  others: CurrencyOption[];
}

function knownCurrencies(): string[] {
  try {
    return Intl.supportedValuesOf('currency');
  } catch {
    return [...COMMON_CURRENCIES];
  }
}

/** The currency select's options: `used` (the step's currencies, the line's own) and the common ones first. */
export function currencyChoices(language: string, used: readonly string[] = []): CurrencyChoices {
  const firstCodes = [...new Set([...used, ...COMMON_CURRENCIES])];
  const option = (code: string): CurrencyOption => ({ code, name: currencyName(code, language) });
  const collator = new Intl.Collator(language);
  return {
    first: firstCodes.map(option),
    others: knownCurrencies()
      .filter((code) => !firstCodes.includes(code))
      .map(option)
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}
