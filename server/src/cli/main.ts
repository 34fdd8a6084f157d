// `npm run platform -- <command>` (see cli/platform.ts for the commands).
import { runCli } from './platform';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
