/**
 * Reads that are asked far more often than the data changes (the dashboard's
 * measurement, sessions) are kept in memory and thrown away as soon as this
 * process changes anything: every use case's transaction, login and logout
 * bump the database's change generation. Another process writing to the
 * same PostgreSQL database is noticed within the time-to-live (2 s); the
 * embedded database has only one process (the data folder is locked).
 */

const generations = new WeakMap<object, number>();

/** The change generation of a database handle (0 until the first change). */
export function generationOf(db: object): number {
  return generations.get(db) ?? 0;
}

/** Marks that data changed: every cached read of this database is stale. Call after the change commits. */
export function bumpGeneration(db: object): void {
  generations.set(db, generationOf(db) + 1);
}

export const READ_CACHE_TTL_MS = 2000;

type Entry<V> = { value: V; generation: number; at: number };

export class ReadCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  constructor(
    private readonly maxEntries = 500,
    private readonly ttlMs = READ_CACHE_TTL_MS,
  ) {}

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
    const generation = generationOf(db);
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
