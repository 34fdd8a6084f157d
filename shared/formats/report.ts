import type {
  ConversionCounts,
  ConversionIssue,
  ConversionReport,
  FormatId,
  ImportOptions,
} from './types';
import { newId } from '../model/ids';
import type { AnnotationId } from '../model/ids';

const MAX_ISSUES = 500;

/** Collects counts and issues while a converter runs; `finish` freezes them into a report. */
export class ReportBuilder {
  private readonly issues: ConversionIssue[] = [];
  private readonly summary: Record<string, number> = {};
  private omitted = 0;
  private lossy = false;
  readonly counts = {
    documents: 0,
    annotationsRead: 0,
    annotationsWritten: 0,
    annotationsSkipped: 0,
    records: 0,
  } satisfies ConversionCounts;

  constructor(
    private readonly format: FormatId,
    private readonly direction: 'import' | 'export',
  ) {}

  add(issue: ConversionIssue): void {
    if (issue.kind !== 'warning') this.lossy = true;
    this.summary[issue.code] = (this.summary[issue.code] ?? 0) + 1;
    if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
    else this.omitted++;
  }

  /** Records an item left out entirely, with the reason. */
  skip(issue: ConversionIssue): void {
    this.counts.annotationsSkipped++;
    this.add(issue);
  }

  finish(): ConversionReport {
    return {
      format: this.format,
      direction: this.direction,
      counts: { ...this.counts },
      lossless: !this.lossy,
      summary: { ...this.summary },
      issues: [...this.issues],
      issuesOmitted: this.omitted,
    };
  }
}

/** The id and clock an import stamps on what it creates. */
export function importStamps(options: ImportOptions | undefined): {
  readonly newId: () => AnnotationId;
  readonly now: string;
} {
  return {
    newId: options?.newId ?? (() => newId<AnnotationId>()),
    now: options?.now ?? new Date().toISOString(),
  };
}
