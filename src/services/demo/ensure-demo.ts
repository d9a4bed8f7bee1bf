/**
 * What `akuntabel start` and `akuntabel demo` share: open the database
 * (PGlite in the data folder, or PostgreSQL when DATABASE_URL is set),
 * migrate it, and load the demo agency when it is empty. The caller gets the
 * open database (the web server will keep it open) and closes it.
 */
import { inArray } from 'drizzle-orm';
import { openDatabase, type OpenDatabaseOptions, type OpenedDatabase } from '../../store/db.ts';
import { appUser } from '../../store/schema/index.ts';
import type { AgencyBundle } from './agency-bundle.ts';
import { isDatabaseEmpty, loadDemo, readAgencyBundle, type DemoLogin } from './load-demo.ts';

export type DemoStatus = {
  /** True when the demo was loaded just now (the database was empty). */
  loadedNow: boolean;
  /** The agency and year of the bundle, for messages. */
  agencyName: string;
  year: number;
  /** Demo logins whose user exists in the database (their passwords are the bundle's unless changed since). */
  logins: DemoLogin[];
  /** Rows written by the load (audit events included); 0 when nothing was loaded. */
  rowsWritten: number;
  /** Milliseconds the load took; 0 when nothing was loaded. */
  loadMs: number;
};

export type OpenWithDemoOptions = Pick<OpenDatabaseOptions, 'dataDir' | 'env'> & {
  now?: () => Date;
  /** The bundle to load (default: data/demo/limapuluhkota-2023.json). */
  bundle?: AgencyBundle;
};

/** Opens and migrates the database, loads the demo if it is empty; close `opened` when done. */
export async function openWithDemo(
  options: OpenWithDemoOptions = {},
): Promise<{ opened: OpenedDatabase; demo: DemoStatus }> {
  const bundle = options.bundle ?? (await readAgencyBundle());
  const opened = await openDatabase({ dataDir: options.dataDir, env: options.env });
  try {
    let loadedNow = false;
    let rowsWritten = 0;
    let loadMs = 0;
    if (await isDatabaseEmpty(opened.db)) {
      const started = performance.now();
      const result = await loadDemo(opened.db, bundle, { now: options.now ?? (() => new Date()) });
      loadMs = Math.round(performance.now() - started);
      rowsWritten = Object.values(result.rows).reduce((sum, n) => sum + n, 0);
      loadedNow = true;
    }
    const usernames = bundle.demoUsers.map((u) => u.username);
    const present = new Set(
      (
        await opened.db
          .select({ username: appUser.username })
          .from(appUser)
          .where(inArray(appUser.username, usernames))
      ).map((u) => u.username),
    );
    const logins = bundle.demoUsers
      .filter((u) => present.has(u.username))
      .map((u) => ({ username: u.username, displayName: u.displayName, role: u.role, password: u.password }));
    return {
      opened,
      demo: { loadedNow, agencyName: bundle.agency.name, year: bundle.year, logins, rowsWritten, loadMs },
    };
  } catch (error) {
    await opened.close();
    throw error;
  }
}
