import type { Earnings } from '../../../../shared/pay/wire';

/**
 * The name of the organisation that owes a balance or a statement, as the platform gave it;
 * `fallback` when the name is unknown (and for the history before per-organisation accounts).
 */
export function organisationName(
  earnings: Earnings,
  organisationId: string | null,
  fallback: string,
): string {
  if (organisationId === null) return fallback;
  return earnings.organisations.find((o) => o.id === organisationId)?.name ?? fallback;
}

/** A file-name-safe form of a name (`Org A` → `org-a`). */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return s || 'organisation';
}
