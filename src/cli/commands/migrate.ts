import type { Command } from 'commander';
import { checkMigrations, readAppliedMigrations } from '../../store/migrate.ts';
import { openDatabase } from '../../store/db.ts';
import type { CliContext } from '../main.ts';

/**
 * `akuntabel migrate [--data DIR] [--check]`: brings the database to the
 * code's schema (opening already migrates; this makes it explicit), or with
 * --check only reports, exiting 1 when migrations are pending.
 */
export function registerMigrate(program: Command, { io, setExit }: CliContext): void {
  program
    .command('migrate')
    .description(
      'Memigrasi database ke skema versi ini (PGlite di --data, atau PostgreSQL bila DATABASE_URL diisi)',
    )
    .option('--data <dir>', 'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA)')
    .option('--check', 'hanya memeriksa; kode keluar 1 bila ada migrasi yang belum dijalankan')
    .action(async (options: { data?: string; check?: boolean }) => {
      const check = options.check === true;
      const opened = await openDatabase({ dataDir: options.data, migrate: !check });
      try {
        if (check) {
          const pending = await checkMigrations(opened.db);
          if (pending.length > 0) {
            io.out(`Migrasi belum dijalankan di ${opened.location}: ${pending.join(', ')}\n`);
            setExit(1);
            return;
          }
        }
        const applied = await readAppliedMigrations(opened.db);
        io.out(
          `Database ${opened.engine} di ${opened.location} pada skema ${applied.at(-1)?.id ?? '(kosong)'}.\n`,
        );
      } finally {
        await opened.close();
      }
    });
}
