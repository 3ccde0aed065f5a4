/** The industries the account-details form offers. Codes are stored; names are for display. */
export interface Industry {
  code: string;
  name: string;
}

export const industries: readonly Industry[] = [
  { code: 'agriculture', name: 'Agriculture, forestry and fishing' },
  { code: 'mining', name: 'Mining and quarrying' },
  { code: 'manufacturing', name: 'Manufacturing' },
  { code: 'energy_and_utilities', name: 'Energy and utilities' },
  { code: 'construction', name: 'Construction' },
  { code: 'wholesale', name: 'Wholesale and distribution' },
  { code: 'retail', name: 'Retail and e-commerce' },
  { code: 'transport_and_logistics', name: 'Transport and logistics' },
  { code: 'hospitality', name: 'Hotels, restaurants and tourism' },
  { code: 'software', name: 'Software and IT services' },
  { code: 'telecommunications', name: 'Telecommunications' },
  { code: 'media_and_entertainment', name: 'Media and entertainment' },
  { code: 'financial_services', name: 'Banking, insurance and financial services' },
  { code: 'real_estate', name: 'Real estate' },
  { code: 'professional_services', name: 'Legal, accounting and consulting' },
  { code: 'healthcare', name: 'Health care and social work' },
  { code: 'education', name: 'Education' },
  { code: 'public_sector', name: 'Government and public sector' },
  { code: 'non_profit', name: 'Non-profit organisations' },
  { code: 'other', name: 'Other' },
];

const CODES = new Set(industries.map((industry) => industry.code));

export const isKnownIndustry = (code: string): boolean => CODES.has(code);
