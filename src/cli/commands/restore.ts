import type { Command } from 'commander';
import { restoreDatabase } from '../../store/backup.ts';
import { openDatabase } from '../../store/db.ts';
import type { CliContext } from '../main.ts';

/** `akuntabel restore FILE [--data DIR]`: into an empty database only (either engine), all or nothing. */
export function registerRestore(program: Command, { io }: CliContext): void {
  program
    .command('restore')
    .description(
      'Memulihkan berkas cadangan ke database KOSONG (folder data baru atau database PostgreSQL baru)',
    )
    .argument('<file>', 'berkas cadangan dari `akuntabel backup`')
    .option('--data <dir>', 'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA)')
    .action(async (file: string, options: { data?: string }) => {
      const opened = await openDatabase({ dataDir: options.data });
      try {
        const summary = await restoreDatabase(opened.db, file);
        const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
        io.out(
          `Cadangan ${file} (dibuat ${summary.createdAt}) dipulihkan ke ${opened.location}: ${rows} baris.\n`,
        );
      } finally {
        await opened.close();
      }
    });
}
