import { webAppBuilt } from '../../http/web-app.ts';
import type { Command } from 'commander';
import { startServer, type RunningServer } from '../../http/server.ts';
import { dataLocation, demoLoginsText, demoStatusLine } from '../demo-logins.ts';
import type { CliContext } from '../main.ts';

/** Servers started by this process (tests stop them; signals stop them in production). */
export const runningServers = new Set<RunningServer>();

export async function stopServers(): Promise<void> {
  await Promise.all([...runningServers].map((s) => s.stop()));
  runningServers.clear();
}

function portOf(value: string | undefined): number {
  const port = Number(value ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Port tidak valid: ${value}`);
  return port;
}

/**
 * `akuntabel start` (what `npm start` runs): opens the data folder
 * (AKUNTABEL_DATA or ./data; PostgreSQL when DATABASE_URL is set), migrates
 * it, loads the demo agency on an empty database, serves the API on PORT
 * (default 3000), and prints the address and the demo logins. Ctrl+C stops it
 * and releases the data folder.
 */
export function registerStart(program: Command, { io }: CliContext): void {
  program
    .command('start')
    .description(
      'Menjalankan aplikasi: database (migrasi, data demo bila kosong) dan server di PORT (bawaan 3000)',
    )
    .option('--data <dir>', 'folder data PGlite (bawaan: ./data atau AKUNTABEL_DATA)')
    .option('--port <port>', 'port (bawaan: PORT atau 3000)')
    .option('--host <host>', 'alamat yang didengarkan (bawaan: HOST atau 127.0.0.1)')
    .action(async (options: { data?: string; port?: string; host?: string }) => {
      const server = await startServer({
        ...(options.data ? { dataDir: options.data } : {}),
        port: portOf(options.port),
        host: options.host ?? process.env.HOST ?? '127.0.0.1',
      });
      runningServers.add(server);
      const where = dataLocation(server.opened);
      io.out(`Akuntabel: data di ${where}.\n`);
      io.out(demoStatusLine(server.demo, where));
      io.out(demoLoginsText(server.demo));
      io.out(`\nAkuntabel berjalan di ${server.url}\n`);
      io.out(
        webAppBuilt()
          ? `  Buka di peramban: ${server.url}/masuk\n`
          : '  Aplikasi web belum dibangun: jalankan `npm run build:web` (npm start membangunnya sendiri).\n',
      );
      io.out(`  API: ${server.url}/api  ·  Referensi API: ${server.url}/api/docs\n`);
      io.out('Tekan Ctrl+C untuk berhenti.\n');
      const stop = () => {
        void server.stop().then(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
