import { readFileSync } from 'node:fs';
import type { AppInfo } from '../../shared/ipc/contract';

interface PackageJson {
  readonly productName?: string;
  readonly name: string;
  readonly version: string;
}

export function readAppInfo(
  packageJsonPath: string,
  host: AppInfo['host'],
  versions: Record<string, string | undefined>,
): AppInfo {
  const pkg = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as PackageJson;
  const defined: Record<string, string> = {};
  for (const [key, value] of Object.entries(versions)) if (value) defined[key] = value;
  return {
    name: pkg.productName ?? pkg.name,
    version: pkg.version,
    host,
    platform: process.platform,
    versions: defined,
  };
}
