/**
 * The only tests allowed to be skipped in CI. Any other skip (or todo) fails the run, so a test
 * cannot quietly stop running on a machine that lacks something. Keep this list short and say why.
 */
export interface AllowedSkip {
  /** The spec or test file, relative to the repository root. */
  readonly file: string;
  /** The test's full title (describe blocks joined by " > "), or a prefix of it. */
  readonly title: string;
  readonly why: string;
}

export const ALLOWED_SKIPS: readonly AllowedSkip[] = [
  {
    file: 'e2e/electron.spec.ts',
    title: 'real Electron',
    why:
      'the real-Electron launcher needs the Electron binary, which electron 45 downloads on first ' +
      'run and this network cannot reach; the same spec runs through the harness launcher',
  },
];

export interface Skipped {
  readonly file: string;
  readonly title: string;
  readonly note?: string;
}

/** Splits skipped tests into those the list allows (with its reason) and those it does not. */
export function judgeSkips(skipped: readonly Skipped[]): {
  allowed: { skip: Skipped; why: string }[];
  refused: Skipped[];
} {
  const allowed: { skip: Skipped; why: string }[] = [];
  const refused: Skipped[] = [];
  for (const skip of skipped) {
    const rule = ALLOWED_SKIPS.find(
      (r) => skip.file.replaceAll('\\', '/').endsWith(r.file) && skip.title.startsWith(r.title),
    );
    if (rule) allowed.push({ skip, why: rule.why });
    else refused.push(skip);
  }
  return { allowed, refused };
}

/** The lines both reporters print: every skip with its reason, and a verdict. */
export function skipReport(skipped: readonly Skipped[]): { lines: string[]; ok: boolean } {
  const { allowed, refused } = judgeSkips(skipped);
  const lines = [
    ...allowed.map(({ skip, why }) => `skipped (allowed): ${skip.file} › ${skip.title} — ${why}`),
    ...refused.map(
      (s) =>
        `skipped, NOT on the allow-list (testing/allowedSkips.ts): ${s.file} › ${s.title}` +
        (s.note ? ` — ${s.note}` : ''),
    ),
  ];
  if (refused.length > 0)
    lines.push(`${refused.length} test(s) skipped without leave: failing the run`);
  return { lines, ok: refused.length === 0 };
}
