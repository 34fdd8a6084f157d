import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The OS's per-user data folder for Glossator, unless GLOSSATOR_DATA_DIR says otherwise. */
export function resolveDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform = process.platform,
): string {
  if (env.GLOSSATOR_DATA_DIR) return resolve(env.GLOSSATOR_DATA_DIR);
  const home = homedir();
  if (platform === 'win32')
    return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Glossator');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Glossator');
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'glossator');
}
