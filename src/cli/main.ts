/**
 * The `akuntabel` command. Each sub-command lives in its own file under
 * `commands/` and registers itself on the program; this file only wires them
 * and turns thrown errors into exit codes.
 */
import { Command, CommanderError } from 'commander';
import { registerAkip } from './commands/akip.ts';
import { registerBackup } from './commands/backup.ts';
import { registerCheck } from './commands/check.ts';
import { registerDemo } from './commands/demo.ts';
import { registerExport } from './commands/export.ts';
import { registerImport } from './commands/import.ts';
import { registerIkm } from './commands/ikm.ts';
import { registerMeasure } from './commands/measure.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerPk } from './commands/pk.ts';
import { registerReport } from './commands/report.ts';
import { registerRestore } from './commands/restore.ts';
import { registerReviu } from './commands/reviu.ts';
import { registerSocial } from './commands/social.ts';
import { registerStart } from './commands/start.ts';

export type Output = { out: (text: string) => void; err: (text: string) => void };

/** What every sub-command receives: where to write, and how to set the exit code. */
export type CliContext = { io: Output; setExit: (code: number) => void };

const defaultOutput: Output = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes of the CLI: 0 ok, 1 findings (check), 2 invalid input or usage. */
export const EXIT = { ok: 0, findings: 1, invalid: 2 } as const;

export function buildProgram(io: Output, setExit: (code: number) => void): Command {
  const program = new Command('akuntabel')
    .description('Akuntabel: siklus SAKIP dan LKjIP untuk perangkat daerah')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });
  const ctx: CliContext = { io, setExit };
  registerStart(program, ctx);
  registerDemo(program, ctx);
  registerMeasure(program, ctx);
  registerCheck(program, ctx);
  registerReport(program, ctx);
  registerPk(program, ctx);
  registerImport(program, ctx);
  registerExport(program, ctx);
  registerMigrate(program, ctx);
  registerBackup(program, ctx);
  registerRestore(program, ctx);
  registerIkm(program, ctx);
  registerAkip(program, ctx);
  registerReviu(program, ctx);
  registerSocial(program, ctx);
  return program;
}

/** Runs the CLI with the given argv (as process.argv) and resolves to the exit code. */
export async function main(argv: string[], io: Output = defaultOutput): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.invalid;
    }
    io.err(`akuntabel: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.invalid;
  }
  return exitCode;
}
