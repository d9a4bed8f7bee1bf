import type { Command } from 'commander';
import { openWithDemo } from '../../services/demo/ensure-demo.ts';
import { dataLocation, demoLoginsText, demoStatusLine } from '../demo-logins.ts';
import type { CliContext } from '../main.ts';

/**
 * `akuntabel demo [--data DIR]`: migrates the database and loads the demo
 * agency (Dinas Sosial Kabupaten Lima Puluh Kota, LKjIP 2023) if it is empty;
 * an already loaded database is left as it is (exit 0). Prints the demo logins.
 */
export function registerDemo(program: Command, { io }: CliContext): void {
  program
    .command('demo')
    .description(
      'Memuat data demo (Dinas Sosial Kab. Lima Puluh Kota, LKjIP 2023) ke database kosong dan menampilkan akun demo',
    )
    .option('--data <dir>', 'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA)')
    .action(async (options: { data?: string }) => {
      const { opened, demo } = await openWithDemo({ dataDir: options.data });
      try {
        io.out(demoStatusLine(demo, dataLocation(opened)));
        io.out(demoLoginsText(demo));
      } finally {
        await opened.close();
      }
    });
}
