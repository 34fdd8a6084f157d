import type { Domain } from './profile';

export interface Specialty {
  readonly id: string;
  readonly name: string;
}

/**
 * The sub-specialties projects can ask for and experts can claim. A closed list, because matching
 * compares ids: free text would make "M&A" and "mergers and acquisitions" strangers.
 */
export const SPECIALTIES: Readonly<Record<Domain, readonly Specialty[]>> = {
  law: [
    { id: 'contract', name: 'contract law' },
    { id: 'corporate-ma', name: 'corporate and M&A' },
    { id: 'litigation', name: 'litigation' },
    { id: 'regulatory-compliance', name: 'regulatory compliance' },
    { id: 'employment', name: 'employment law' },
    { id: 'intellectual-property', name: 'intellectual property' },
    { id: 'privacy-data', name: 'privacy and data protection' },
    { id: 'tax-law', name: 'tax law' },
  ],
  medicine: [
    { id: 'internal-medicine', name: 'internal medicine' },
    { id: 'cardiology', name: 'cardiology' },
    { id: 'emergency-medicine', name: 'emergency medicine' },
    { id: 'oncology', name: 'oncology' },
    { id: 'pharmacology', name: 'clinical pharmacology' },
    { id: 'psychiatry', name: 'psychiatry' },
    { id: 'paediatrics', name: 'paediatrics' },
    { id: 'radiology', name: 'radiology' },
    { id: 'clinical-coding', name: 'clinical coding' },
  ],
  finance: [
    { id: 'equity-research', name: 'equity research' },
    { id: 'accounting-audit', name: 'accounting and audit' },
    { id: 'corporate-finance', name: 'corporate finance and valuation' },
    { id: 'credit', name: 'credit analysis' },
    { id: 'risk-management', name: 'risk management' },
    { id: 'regulatory-reporting', name: 'regulatory reporting' },
    { id: 'asset-management', name: 'asset management' },
  ],
};

export const DOMAIN_NAMES: Readonly<Record<Domain, string>> = {
  law: 'law',
  medicine: 'medicine',
  finance: 'finance',
};

export function specialtyName(domain: Domain, id: string): string {
  return SPECIALTIES[domain].find((s) => s.id === id)?.name ?? id;
}

export function isSpecialtyOf(domain: Domain, id: string): boolean {
  return SPECIALTIES[domain].some((s) => s.id === id);
}
