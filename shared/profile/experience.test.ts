import { describe, expect, it } from 'vitest';
import { yearsOfExperience } from './experience';
import type { WorkHistoryEntry } from './profile';

const job = (
  start: string,
  end: string | undefined,
  extra: Partial<WorkHistoryEntry> = {},
): WorkHistoryEntry => ({
  id: `${start}`,
  title: 'Associate',
  organisation: 'Firm',
  domain: 'law',
  subSpecialties: ['contract'],
  start,
  ...(end ? { end } : {}),
  ...extra,
});

describe('yearsOfExperience', () => {
  it('counts both ends of a position, to the month', () => {
    expect(yearsOfExperience([job('2016-01', '2023-12')], '2025-06')).toBe(8);
  });

  it('runs a current position to today', () => {
    expect(yearsOfExperience([job('2020-07', undefined)], '2025-06')).toBe(5);
  });

  it('counts overlapping positions once', () => {
    const history = [job('2015-01', '2019-12'), job('2018-01', '2021-12')];
    expect(yearsOfExperience(history, '2025-01')).toBe(7);
  });

  it('filters by domain and sub-specialty', () => {
    const history = [
      job('2010-01', '2014-12', { domain: 'finance', subSpecialties: ['credit'] }),
      job('2015-01', '2019-12', { subSpecialties: ['litigation'] }),
      job('2020-01', '2024-12'),
    ];
    expect(yearsOfExperience(history, '2025-01', { domain: 'law' })).toBe(10);
    expect(yearsOfExperience(history, '2025-01', { domain: 'law', subSpecialty: 'contract' })).toBe(
      5,
    );
    expect(yearsOfExperience(history, '2025-01', { domain: 'medicine' })).toBe(0);
  });

  it('ignores future start dates and reversed entries', () => {
    expect(
      yearsOfExperience([job('2030-01', undefined), job('2020-01', '2019-01')], '2025-01'),
    ).toBe(0);
  });
});
