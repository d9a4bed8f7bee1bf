import type { Command } from 'commander';
import { backupDatabase } from '../../store/backup.ts';
import { openDatabase } from '../../store/db.ts';
import type { CliContext } from '../main.ts';

/** `akuntabel backup FILE [--data DIR]`: the whole database, evidence files included, into one file. */
export function registerBackup(program: Command, { io }: CliContext): void {
  program
    .command('backup')
    .description('Mencadangkan seluruh database (termasuk berkas bukti) ke satu berkas .jsonl.gz')
    .argument('<file>', 'berkas cadangan yang dibuat')
    .option('--data <dir>', 'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA)')
    .action(async (file: string, options: { data?: string }) => {
      const opened = await openDatabase({ dataDir: options.data });
      try {
        const summary = await backupDatabase(opened.db, file, { engine: opened.engine });
        const rows = summary.tables.reduce((sum, table) => sum + table.rows, 0);
        io.out(
          `Cadangan ${file} dibuat: ${summary.tables.length} tabel, ${rows} baris, skema ${summary.migration}.\n`,
        );
      } finally {
        await opened.close();
      }
    });
}
