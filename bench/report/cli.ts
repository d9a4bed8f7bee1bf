/**
 * The report commands as the `akuntabel` CLI runs them, for the cold-run
 * benchmark (src/cli/main.ts registers them once wired; this runner does not
 * depend on that).
 */
import { Command } from 'commander';
import { registerPk } from '../../src/cli/commands/pk.ts';
import { registerReport } from '../../src/cli/commands/report.ts';

const program = new Command('akuntabel').exitOverride();
let code = 0;
const ctx = {
  io: { out: (t: string) => void process.stdout.write(t), err: (t: string) => void process.stderr.write(t) },
  setExit: (c: number) => {
    code = c;
  },
};
registerReport(program, ctx);
registerPk(program, ctx);
await program.parseAsync(process.argv);
process.exitCode = code;
