import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// Runs the project's real ESLint configuration on snippets placed in each folder, so a broken
// boundary rule fails CI. Type-aware rules are switched off: the snippets are not on disk.
const eslint = new ESLint({
  cwd: `${__dirname}/..`,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false } } },
  ],
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it('renderer/ may not import electron, Node built-ins, electron/ or server/', async () => {
    const file = 'renderer/src/features/x/Probe.ts';
    expect(
      await boundaryErrors(
        file,
        "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import { readFileSync } from 'fs';\nexport const x = readFileSync;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import { x } from '../../../../electron/main/security';\nexport const y = x;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import { x } from '../../../../server/src/config';\nexport const y = x;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(file, "import { api } from '../../api';\nexport const y = api;"),
    ).toEqual([]);
  });

  it('shared/ may not import Node, the DOM-bound libraries or any other folder of ours', async () => {
    const file = 'shared/model/probe.ts';
    expect(
      await boundaryErrors(
        file,
        "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(file, "import path from 'path';\nexport const x = path;"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(file, "import { app } from 'electron';\nexport const x = app;"),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import { db } from '../../renderer/src/db/schema';\nexport const x = db;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(file, "import { uuidv7 } from 'uuidv7';\nexport const x = uuidv7;"),
    ).toEqual([]);
  });

  it('server/ may not import renderer/ or electron/', async () => {
    const file = 'server/src/probe.ts';
    expect(
      await boundaryErrors(
        file,
        "import { x } from '../../renderer/src/api';\nexport const y = x;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import { x } from '../../electron/services/dispatch';\nexport const y = x;",
      ),
    ).toHaveLength(1);
    expect(
      await boundaryErrors(
        file,
        "import { x } from '../../shared/model/ids';\nexport const y = x;",
      ),
    ).toEqual([]);
  });

  it('the renderer reaches the bridge only through renderer/src/api', async () => {
    const [result] = await eslint.lintText('export const x = window.glossator;', {
      filePath: 'renderer/src/features/x/Probe.ts',
    });
    expect(result?.messages.map((m) => m.ruleId)).toContain('no-restricted-properties');
  });
});
