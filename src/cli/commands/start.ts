import type { Command } from 'commander';
import { openWithDemo } from '../../services/demo/ensure-demo.ts';
import { dataLocation, demoLoginsText, demoStatusLine } from '../demo-logins.ts';
import type { CliContext } from '../main.ts';

/**
 * `akuntabel start` (what `npm start` runs): opens the data folder
 * (AKUNTABEL_DATA or ./data; PostgreSQL when DATABASE_URL is set), migrates
 * it, loads the demo agency on an empty database, and prints where the data
 * is and the demo logins. The web server is not part of this version yet:
 * the command says so and exits 0.
 */
export function registerStart(program: Command, { io }: CliContext): void {
  program
    .command('start')
    .description('Menyiapkan database (migrasi, data demo bila kosong) dan menjalankan aplikasi')
    .option('--data <dir>', 'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA)')
    .action(async (options: { data?: string }) => {
      const { opened, demo } = await openWithDemo({ dataDir: options.data });
      try {
        const where = dataLocation(opened);
        io.out(`Akuntabel: data di ${where}.\n`);
        io.out(demoStatusLine(demo, where));
        io.out(demoLoginsText(demo));
        io.out(
          '\nServer web belum menjadi bagian dari versi ini. Yang sudah dapat dipakai: ' +
            'akuntabel measure, check, migrate, backup, restore, demo (lihat: npx akuntabel --help).\n',
        );
      } finally {
        await opened.close();
      }
    });
}
