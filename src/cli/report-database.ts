/**
 * What `akuntabel report` and `akuntabel pk` share on the database: open it
 * (PGlite in --data DIR, or PostgreSQL with DATABASE_URL), choose the agency
 * (--agency ID; without it the only agency there is), and the actor.
 *
 * The actor is the system (`systemActor`, role admin) of the agency's region:
 * whoever runs the CLI holds the data folder or the database URL and can read
 * every record anyway, so the command reads as an administrator would —
 * 'agency.read' on any agency of the region, submitted and verified
 * realisations only (never an operator's drafts), a final LKjIP from its
 * frozen snapshot. It writes nothing, so nothing is audited.
 */
import { asc, eq } from 'drizzle-orm';
import type { Locale } from '../domain/numbers.ts';
import { systemActor, type ServiceContext } from '../services/context.ts';
import { AppError } from '../services/errors.ts';
import { openDatabase, type OpenedDatabase } from '../store/db.ts';
import { agency } from '../store/schema/index.ts';

export type ChosenAgency = { id: string; code: string; name: string; regionId: string };

export async function openReportDatabase(dataDir: string | undefined): Promise<OpenedDatabase> {
  return openDatabase(dataDir !== undefined ? { dataDir } : {});
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The agency to report on, or the Indonesian message saying why none can be chosen. */
export async function chooseAgency(
  opened: OpenedDatabase,
  agencyId: string | undefined,
): Promise<{ ok: true; agency: ChosenAgency } | { ok: false; message: string }> {
  const all = await opened.db
    .select({ id: agency.id, code: agency.code, name: agency.name, regionId: agency.regionId })
    .from(agency)
    .orderBy(asc(agency.code), asc(agency.name));
  const listing = () => all.map((a) => `  ${a.id}  ${a.code}  ${a.name}`).join('\n');
  if (agencyId !== undefined) {
    if (!UUID.test(agencyId))
      return { ok: false, message: `--agency harus id perangkat daerah (UUID), bukan "${agencyId}".` };
    const [found] = await opened.db
      .select({ id: agency.id, code: agency.code, name: agency.name, regionId: agency.regionId })
      .from(agency)
      .where(eq(agency.id, agencyId));
    if (found) return { ok: true, agency: found };
    return {
      ok: false,
      message: `Perangkat daerah ${agencyId} tidak ada di database ${opened.location}.${all.length > 0 ? `\nPerangkat daerah yang ada:\n${listing()}` : ''}`,
    };
  }
  if (all.length === 1) return { ok: true, agency: all[0]! };
  if (all.length === 0)
    return {
      ok: false,
      message: `Database ${opened.location} belum memuat perangkat daerah (jalankan "akuntabel demo" untuk data demo).`,
    };
  return {
    ok: false,
    message: `Database memuat ${all.length} perangkat daerah; pilih satu dengan --agency ID:\n${listing()}`,
  };
}

/** The CLI's service context: the system of the agency's region, on the opened database. */
export function cliContext(opened: OpenedDatabase, chosen: ChosenAgency): ServiceContext {
  return { db: opened.db, actor: systemActor(chosen.regionId), origin: 'cli', now: () => new Date() };
}

/** A use case's refusal in the reader's language; anything else is rethrown (a bug, shown by main). */
export function refusalText(error: unknown, locale: Locale): string {
  if (error instanceof AppError) return locale === 'en' ? error.userMessage.en : error.userMessage.id;
  throw error;
}
