import type { Command } from 'commander';
import type { CliContext } from '../main.ts';

/** `akuntabel start`: until the server exists, explains what the CLI can do. */
export function registerStart(program: Command, { io }: CliContext): void {
  program
    .command('start')
    .description('Menjalankan aplikasi (server web belum tersedia; menampilkan bantuan)')
    .action(() => {
      io.out('Akuntabel: server web belum tersedia pada versi ini.\n\n');
      io.out(program.helpInformation());
    });
}
