// Child process for the lock test: tries to open the data folder given as argv[2]
// and reports the outcome on stdout as one JSON line.
import { openDatabase } from '../../src/store/db.ts';

const dataDir = process.argv[2] ?? '';
try {
  const opened = await openDatabase({ dataDir, migrate: false });
  await opened.close();
  process.stdout.write(`${JSON.stringify({ ok: true })}\n`);
} catch (error) {
  process.stdout.write(
    `${JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) })}\n`,
  );
}
