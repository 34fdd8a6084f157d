import icd10cmUrl from '../../../../resources/codes/icd10cm.tsv?url';
import { parseCodeList } from '../../../../shared/codes/codeList';
import { db } from '../../db/schema';
import type { CodeListSource } from './codeWorkerProtocol';

/**
 * Code systems a schema can link to. ICD-10-CM ships with the app (resources/codes); a project or
 * the local workspace can bring its own list (MeSH, a firm's clause taxonomy…), kept in Dexie
 * settings under `codeSystem:<id>`.
 */
export interface CodeSystemInfo {
  readonly id: string;
  readonly name: string;
  readonly builtIn: boolean;
}

interface StoredCodeSystem {
  readonly id: string;
  readonly name: string;
  readonly tsv: string;
}

export const BUILT_IN_CODE_SYSTEMS: readonly (CodeSystemInfo & { readonly url: string })[] = [
  { id: 'icd10cm', name: 'ICD-10-CM (FY2022)', builtIn: true, url: icd10cmUrl },
];

const KEY_PREFIX = 'codeSystem:';

function isStored(value: unknown): value is StoredCodeSystem {
  const v = value as Partial<StoredCodeSystem> | undefined;
  return typeof v?.id === 'string' && typeof v.name === 'string' && typeof v.tsv === 'string';
}

export async function listCodeSystems(): Promise<CodeSystemInfo[]> {
  const rows = await db().settings.where('key').startsWith(KEY_PREFIX).toArray();
  const custom = rows
    .map((row) => row.value)
    .filter(isStored)
    .map(({ id, name }) => ({ id, name, builtIn: false }));
  return [...BUILT_IN_CODE_SYSTEMS.map(({ id, name }) => ({ id, name, builtIn: true })), ...custom];
}

/** Stores a project's own list; refuses a list with no usable line. Returns how many codes it has. */
export async function saveCodeSystem(id: string, name: string, tsv: string): Promise<number> {
  const { entries } = parseCodeList(tsv);
  if (entries.length === 0) throw new Error('no codes');
  await db().settings.put({ key: `${KEY_PREFIX}${id}`, value: { id, name, tsv } });
  return entries.length;
}

export async function codeListSource(system: string): Promise<CodeListSource | undefined> {
  const builtIn = BUILT_IN_CODE_SYSTEMS.find((s) => s.id === system);
  if (builtIn) return { kind: 'url', url: new URL(builtIn.url, document.baseURI).href };
  const row = await db().settings.get(`${KEY_PREFIX}${system}`);
  return isStored(row?.value) ? { kind: 'text', text: row.value.tsv } : undefined;
}

const RECENT_KEY = 'codes:recent:';
const RECENT_LIMIT = 30;

/** Codes the expert linked recently in a system, most recent first. */
export async function recentCodes(system: string): Promise<string[]> {
  const row = await db().settings.get(`${RECENT_KEY}${system}`);
  return Array.isArray(row?.value)
    ? (row.value as unknown[]).filter((c) => typeof c === 'string')
    : [];
}

export async function rememberCode(system: string, code: string): Promise<string[]> {
  const next = [code, ...(await recentCodes(system)).filter((c) => c !== code)].slice(
    0,
    RECENT_LIMIT,
  );
  await db().settings.put({ key: `${RECENT_KEY}${system}`, value: next });
  return next;
}
