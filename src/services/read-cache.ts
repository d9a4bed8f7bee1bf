/**
 * Reads that are asked far more often than the data changes (the dashboard's
 * measurement, sessions) are kept in memory and thrown away as soon as this
 * process changes anything they depend on: every use case's transaction,
 * login and logout bump the database's change generation. Another process
 * writing to the same PostgreSQL database is noticed within the time-to-live
 * (2 s); the embedded database has only one process (the data folder is
 * locked).
 *
 * Two generations: any change bumps the first; a change of anything but
 * entered records (RECORD_TABLES: realisations, budget realisations, evidence
 * …) also bumps the second, the set-up generation. Reads of the set-up only
 * (a session's actor, an agency's measurement setting) follow the set-up
 * generation, so data entry does not throw them away; everything else (a
 * measurement, a recap) follows every change.
 */

/** Tables of entered records: no set-up read (sessions, accounts, settings, plans) depends on them. */
export const RECORD_TABLES: ReadonlySet<string> = new Set([
  'realisation',
  'budget_realisation',
  'evidence_file',
  'sub_kegiatan_progress',
  'assistance_delivery',
  'ppks_count',
  'psks_count',
]);

/** What a change touched: entered records only, or anything (the default). */
export type ChangeScope = 'records' | 'any';

/** The scope of a change that wrote audit events on these entity tables. */
export function scopeOfTables(tables: Iterable<string>): ChangeScope {
  for (const table of tables) if (!RECORD_TABLES.has(table)) return 'any';
  return 'records';
}

type Generations = { any: number; setup: number };
const generations = new WeakMap<object, Generations>();

/** The change generation of a database handle (0 until the first change). */
export function generationOf(db: object): number {
  return generations.get(db)?.any ?? 0;
}

/** The set-up generation: changes other than entered records (0 until the first). */
export function setupGenerationOf(db: object): number {
  return generations.get(db)?.setup ?? 0;
}

/**
 * Marks that data changed: every cached read of this database is stale, or,
 * for a change of entered records only, every read that depends on them.
 * Call after the change commits.
 */
export function bumpGeneration(db: object, scope: ChangeScope = 'any'): void {
  const current = generations.get(db) ?? { any: 0, setup: 0 };
  generations.set(db, {
    any: current.any + 1,
    setup: scope === 'records' ? current.setup : current.setup + 1,
  });
}

export const READ_CACHE_TTL_MS = 2000;

type Entry<V> = { value: V; generation: number; at: number };

export type ReadCacheOptions = {
  ttlMs?: number;
  /** 'setup': the cached reads depend on no entered record (see RECORD_TABLES); default 'any'. */
  dependsOn?: 'any' | 'setup';
};

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly ttlMs: number;
  private readonly generation: (db: object) => number;
  constructor(
    private readonly maxEntries = 500,
    options: ReadCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? READ_CACHE_TTL_MS;
    this.generation = options.dependsOn === 'setup' ? setupGenerationOf : generationOf;
  }

  /**
   * The cached value for `key`, or `compute()`'s. The generation is read
   * before computing, so a change that commits while computing makes the
   * result stale at once rather than cached as current.
   */
  async get(
    db: object,
    key: string,
    compute: () => Promise<V>,
    now = Date.now(),
    enabled = true,
  ): Promise<V> {
    if (!enabled) return compute();
    const generation = this.generation(db);
    const hit = this.entries.get(key);
    if (hit && hit.generation === generation && now - hit.at < this.ttlMs) return hit.value;
    const value = await compute();
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, generation, at: now });
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
