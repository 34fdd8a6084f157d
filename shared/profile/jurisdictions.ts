/**
 * Names for the jurisdiction codes licences carry (ISO 3166-1/3166-2). Only the places we can name
 * are listed; an unknown code still works everywhere and is shown as the code itself.
 */
const US_STATES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

const CA_PROVINCES: Readonly<Record<string, string>> = {
  AB: 'Alberta',
  BC: 'British Columbia',
  MB: 'Manitoba',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  NS: 'Nova Scotia',
  NT: 'Northwest Territories',
  NU: 'Nunavut',
  ON: 'Ontario',
  PE: 'Prince Edward Island',
  QC: 'Quebec',
  SK: 'Saskatchewan',
  YT: 'Yukon',
};

const OTHER: Readonly<Record<string, string>> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  'GB-ENG': 'England and Wales',
  'GB-SCT': 'Scotland',
  'GB-NIR': 'Northern Ireland',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  FR: 'France',
  DE: 'Germany',
  ES: 'Spain',
  IT: 'Italy',
  NL: 'Netherlands',
  BE: 'Belgium',
  CH: 'Switzerland',
  IN: 'India',
  SG: 'Singapore',
  HK: 'Hong Kong',
  ZA: 'South Africa',
};

/** Every named jurisdiction, code → name; used to recognise places mentioned in answers too. */
export const JURISDICTION_NAMES: ReadonlyMap<string, string> = new Map([
  ...Object.entries(US_STATES).map(([k, v]) => [`US-${k}`, v] as const),
  ...Object.entries(CA_PROVINCES).map(([k, v]) => [`CA-${k}`, v] as const),
  ...Object.entries(OTHER),
]);

export function jurisdictionName(code: string): string {
  return JURISDICTION_NAMES.get(code) ?? code;
}

/** Short form used in match reasons: US states and Canadian provinces by postal code ("NY"). */
export function jurisdictionShort(code: string): string {
  const [country, subdivision] = code.split('-');
  if (subdivision && (country === 'US' || country === 'CA')) return subdivision;
  return jurisdictionName(code);
}

/** True when a licence issued in `held` satisfies a requirement for `required` (a country accepts any of its subdivisions). */
export function jurisdictionCovers(required: string, held: string | undefined): boolean {
  if (held === undefined) return false;
  return held === required || (!required.includes('-') && held.startsWith(`${required}-`));
}
