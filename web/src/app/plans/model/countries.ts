/**
 * ISO 3166-1 alpha-3 → alpha-2 for the 193 UN member states. Plans store alpha-3;
 * Intl.DisplayNames needs alpha-2 to name a country in the reader's language.
 */
export const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = {
  AFG: 'AF', ALB: 'AL', DZA: 'DZ', AND: 'AD', AGO: 'AO', ATG: 'AG', ARG: 'AR', ARM: 'AM', AUS: 'AU', AUT: 'AT',
  AZE: 'AZ', BHS: 'BS', BHR: 'BH', BGD: 'BD', BRB: 'BB', BLR: 'BY', BEL: 'BE', BLZ: 'BZ', BEN: 'BJ', BTN: 'BT',
  BOL: 'BO', BIH: 'BA', BWA: 'BW', BRA: 'BR', BRN: 'BN', BGR: 'BG', BFA: 'BF', BDI: 'BI', CPV: 'CV', KHM: 'KH',
  CMR: 'CM', CAN: 'CA', CAF: 'CF', TCD: 'TD', CHL: 'CL', CHN: 'CN', COL: 'CO', COM: 'KM', COG: 'CG', CRI: 'CR',
  CIV: 'CI', HRV: 'HR', CUB: 'CU', CYP: 'CY', CZE: 'CZ', PRK: 'KP', COD: 'CD', DNK: 'DK', DJI: 'DJ', DMA: 'DM',
  DOM: 'DO', ECU: 'EC', EGY: 'EG', SLV: 'SV', GNQ: 'GQ', ERI: 'ER', EST: 'EE', SWZ: 'SZ', ETH: 'ET', FJI: 'FJ',
  FIN: 'FI', FRA: 'FR', GAB: 'GA', GMB: 'GM', GEO: 'GE', DEU: 'DE', GHA: 'GH', GRC: 'GR', GRD: 'GD', GTM: 'GT',
  GIN: 'GN', GNB: 'GW', GUY: 'GY', HTI: 'HT', HND: 'HN', HUN: 'HU', ISL: 'IS', IND: 'IN', IDN: 'ID', IRN: 'IR',
  IRQ: 'IQ', IRL: 'IE', ISR: 'IL', ITA: 'IT', JAM: 'JM', JPN: 'JP', JOR: 'JO', KAZ: 'KZ', KEN: 'KE', KIR: 'KI',
  KWT: 'KW', KGZ: 'KG', LAO: 'LA', LVA: 'LV', LBN: 'LB', LSO: 'LS', LBR: 'LR', LBY: 'LY', LIE: 'LI', LTU: 'LT',
  LUX: 'LU', MDG: 'MG', MWI: 'MW', MYS: 'MY', MDV: 'MV', MLI: 'ML', MLT: 'MT', MHL: 'MH', MRT: 'MR', MUS: 'MU',
  MEX: 'MX', FSM: 'FM', MCO: 'MC', MNG: 'MN', MNE: 'ME', MAR: 'MA', MOZ: 'MZ', MMR: 'MM', NAM: 'NA', NRU: 'NR',
  NPL: 'NP', NLD: 'NL', NZL: 'NZ', NIC: 'NI', NER: 'NE', NGA: 'NG', MKD: 'MK', NOR: 'NO', OMN: 'OM', PAK: 'PK',
  PLW: 'PW', PAN: 'PA', PNG: 'PG', PRY: 'PY', PER: 'PE', PHL: 'PH', POL: 'PL', PRT: 'PT', QAT: 'QA', KOR: 'KR',
  MDA: 'MD', ROU: 'RO', RUS: 'RU', RWA: 'RW', KNA: 'KN', LCA: 'LC', VCT: 'VC', WSM: 'WS', SMR: 'SM', STP: 'ST',
  SAU: 'SA', SEN: 'SN', SRB: 'RS', SYC: 'SC', SLE: 'SL', SGP: 'SG', SVK: 'SK', SVN: 'SI', SLB: 'SB', SOM: 'SO',
  ZAF: 'ZA', SSD: 'SS', ESP: 'ES', LKA: 'LK', SDN: 'SD', SUR: 'SR', SWE: 'SE', CHE: 'CH', SYR: 'SY', TJK: 'TJ',
  THA: 'TH', TLS: 'TL', TGO: 'TG', TON: 'TO', TTO: 'TT', TUN: 'TN', TUR: 'TR', TKM: 'TM', TUV: 'TV', UGA: 'UG',
  UKR: 'UA', ARE: 'AE', GBR: 'GB', TZA: 'TZ', USA: 'US', URY: 'UY', UZB: 'UZ', VUT: 'VU', VEN: 'VE', VNM: 'VN',
  YEM: 'YE', ZMB: 'ZM', ZWE: 'ZW',
};

export interface CountryOption {
  code: string;
  name: string;
}

const displayNamesCache = new Map<string, Intl.DisplayNames>();

function displayNames(language: string): Intl.DisplayNames | null {
  if (typeof Intl.DisplayNames !== 'function') return null;
  let names = displayNamesCache.get(language);
  if (!names) {
    names = new Intl.DisplayNames([language], { type: 'region' });
    displayNamesCache.set(language, names);
  }
  return names;
}

/** The country's name in the given language; the code itself if unknown. */
export function countryName(alpha3: string, language: string): string {
  const alpha2 = ALPHA3_TO_ALPHA2[alpha3];
  if (!alpha2) return alpha3;
  return displayNames(language)?.of(alpha2) ?? alpha3;
}

/** All countries, named and sorted for the given language. */
export function countryOptions(language: string): CountryOption[] {
  const collator = new Intl.Collator(language);
  return Object.keys(ALPHA3_TO_ALPHA2)
    .map((code) => ({ code, name: countryName(code, language) }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/**
 * Codes the API accepts beyond the UN member states: ISO's user-assigned range (XAA–XZZ),
 * used by the demo plans. Their names come from the translation files ('country.XDM', 'country.XCL').
 */
export const USER_ASSIGNED_COUNTRIES: readonly string[] = ['XDM', 'XCL'];

/** A country's name for display: Intl for real countries, a translation for user-assigned codes. */
export function countryLabel(code: string, language: string, translate: (key: string) => string): string {
  return USER_ASSIGNED_COUNTRIES.includes(code) ? translate(`country.${code}`) : countryName(code, language);
}
