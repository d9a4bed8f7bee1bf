/**
 * Prepared statements for the embedded database (decision 0010).
 *
 * PGlite's `query` sends every statement as a new unnamed one (Parse,
 * Describe, Bind, Describe, Execute, Sync: six calls into WebAssembly), so
 * PostgreSQL parses, analyses and plans the same text again every time. A
 * server client keeps prepared statements per connection instead; PGlite is
 * one connection, so the same works here: inside a transaction, a query text
 * seen a second time is prepared once as a named statement (Parse, Describe)
 * and from then on only bound and executed (Bind, Execute, Sync, in one
 * call). PostgreSQL re-plans a prepared statement by itself when a table it
 * uses changes.
 *
 * Only queries inside a transaction take this path: there the transaction
 * already holds PGlite's transaction lock, and `runExclusive` (PGlite's
 * public API for the wire protocol) holds the query lock, exactly as PGlite's
 * own `tx.query` does. Everything else (queries outside a transaction, `exec`,
 * blobs, explicit parameter types) goes through PGlite unchanged. Parameters
 * are serialized and rows parsed with PGlite's serializers and parsers and the
 * query's options, and errors are PGlite's `DatabaseError` with the query
 * attached, as from PGlite's own `query`.
 */
import {
  protocol,
  types,
  type PGlite,
  type QueryOptions,
  type Results,
  type Transaction,
} from '@electric-sql/pglite';

type BackendMessage = Awaited<ReturnType<PGlite['execProtocolStream']>>[number];
type RowDescriptionMessage = InstanceType<typeof protocol.messages.RowDescriptionMessage>;
type DataRowMessage = InstanceType<typeof protocol.messages.DataRowMessage>;
type CommandCompleteMessage = InstanceType<typeof protocol.messages.CommandCompleteMessage>;

type Statement = {
  name: string;
  /** Parameter types as PostgreSQL inferred them (for PGlite's serializers). */
  paramTypes: number[];
  /** The statement's row description (none for a statement without rows). */
  rowDescription: BackendMessage | null;
  /** When it was last used (the cache's use count), to close the least recently used. */
  lastUsed: number;
  /** Closed (evicted, or its plan went stale) since it was looked up. */
  closed: boolean;
};

/** Prepared statements kept per database; the least recently used is closed beyond this. */
export const MAX_PREPARED_STATEMENTS = 300;
/** Longer texts (multi-row inserts of a bulk load) are run unprepared. */
const MAX_PREPARED_TEXT = 10_000;
const FEATURE_NOT_SUPPORTED = '0A000';

class StatementCache {
  private readonly statements = new Map<string, Statement>();
  /** Texts seen once: a text is prepared on its second use. */
  private readonly seen = new Set<string>();
  private counter = 0;
  private uses = 0;

  constructor(private readonly client: PGlite) {}

  /**
   * The prepared statement for a query text; `'prepare'` when the text was
   * seen before and should be prepared now; null when it should run
   * unprepared (seen for the first time, too long, or with options this
   * path does not handle). One lookup: the text is a new string each time.
   */
  lookup(text: string, options: QueryOptions | undefined): Statement | 'prepare' | null {
    if (options?.blob || options?.paramTypes || text.length > MAX_PREPARED_TEXT) return null;
    const statement = this.statements.get(text);
    if (statement) {
      statement.lastUsed = ++this.uses;
      return statement;
    }
    if (this.seen.has(text)) return 'prepare';
    if (this.seen.size >= 2 * MAX_PREPARED_STATEMENTS) this.seen.clear();
    this.seen.add(text);
    return null;
  }

  /** Runs a query as a prepared statement; call only while holding the query lock. */
  async run<T>(
    text: string,
    known: Statement | 'prepare',
    params: unknown[],
    options: QueryOptions | undefined,
  ): Promise<Results<T>> {
    // looked up before taking the lock: another query of the transaction may have closed it meanwhile
    const statement = known === 'prepare' || known.closed ? await this.prepare(text, params, options) : known;
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const type = statement.paramTypes[i]!;
      const serializer = options?.serializers?.[type] ?? this.client.serializers[type];
      return serializer ? serializer(value) : String(value as string);
    });
    const messages: BackendMessage[] = statement.rowDescription ? [statement.rowDescription] : [];
    try {
      await this.exchange(text, params, options, messages, [
        protocol.serialize.bind({ statement: statement.name, values }),
        protocol.serialize.execute({}),
      ]);
    } catch (error) {
      // "cached plan must not change result type" (a table's columns changed): prepare it anew next time
      if ((error as { code?: unknown }).code === FEATURE_NOT_SUPPORTED) {
        statement.closed = true;
        this.statements.delete(text);
      }
      throw error;
    }
    return resultOf<T>(messages, this.client.parsers, options);
  }

  private async prepare(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
  ): Promise<Statement> {
    const meanwhile = this.statements.get(text); // prepared by another query of the transaction
    if (meanwhile) return meanwhile;
    if (this.statements.size >= MAX_PREPARED_STATEMENTS) {
      let oldest: [string, Statement] | undefined;
      for (const entry of this.statements)
        if (!oldest || entry[1].lastUsed < oldest[1].lastUsed) oldest = entry;
      const [oldText, old] = oldest!;
      old.closed = true;
      this.statements.delete(oldText);
      await this.exchange(
        oldText,
        [],
        undefined,
        [],
        [protocol.serialize.close({ type: 'S', name: old.name })],
      );
    }
    const name = `akuntabel_${++this.counter}`;
    const described: BackendMessage[] = [];
    await this.exchange(text, params, options, described, [
      protocol.serialize.parse({ name, text }),
      protocol.serialize.describe({ type: 'S', name }),
    ]);
    const parameters = described.find((m) => m.name === 'parameterDescription') as
      { dataTypeIDs: number[] } | undefined;
    const statement: Statement = {
      name,
      paramTypes: parameters?.dataTypeIDs ?? [],
      rowDescription: described.find((m) => m.name === 'rowDescription') ?? null,
      lastUsed: ++this.uses,
      closed: false,
    };
    this.statements.set(text, statement);
    return statement;
  }

  /**
   * Sends protocol messages and a Sync in one call (PostgreSQL answers each,
   * skips to the Sync after an error and is ready again), collecting the
   * answers. An error is PGlite's DatabaseError with the query attached, as
   * PGlite's own `query` reports it.
   */
  private async exchange(
    text: string,
    params: unknown[],
    options: QueryOptions | undefined,
    into: BackendMessage[],
    messages: Uint8Array[],
  ): Promise<void> {
    const parts = [...messages, protocol.serialize.sync()];
    const buffer = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      buffer.set(part, offset);
      offset += part.length;
    }
    try {
      into.push(
        ...(await this.client.execProtocolStream(buffer, {
          syncToFs: false,
          ...(options?.onNotice ? { onNotice: options.onNotice } : {}),
        })),
      );
    } catch (error) {
      if (error instanceof Error && 'code' in error)
        Object.assign(error, { query: text, params, queryOptions: options });
      throw error;
    }
  }
}

type Parser = (value: string, typeId: number) => unknown;

/**
 * The result of one statement from its messages, as PGlite's `parseResults`
 * makes it (rows, fields, command, affectedRows, rowCount), without copying
 * every parser into a new object per query as it does when the options carry
 * parsers (Drizzle's always do).
 */
function resultOf<T>(
  messages: readonly BackendMessage[],
  clientParsers: Record<number | string, Parser>,
  options: QueryOptions | undefined,
): Results<T> {
  const overrides = options?.parsers as Record<number, Parser> | undefined;
  const defaults = types.parsers as Record<number, Parser>;
  let fields: { name: string; dataTypeID: number }[] = [];
  let parsers: (Parser | undefined)[] = [];
  const rows: unknown[] = [];
  let affectedRows = 0;
  for (const message of messages) {
    if (message.name === 'rowDescription') {
      fields = (message as RowDescriptionMessage).fields.map((f) => ({
        name: f.name,
        dataTypeID: f.dataTypeID,
      }));
      parsers = fields.map(
        (f) => overrides?.[f.dataTypeID] ?? clientParsers[f.dataTypeID] ?? defaults[f.dataTypeID],
      );
    } else if (message.name === 'dataRow') {
      const values = (message as DataRowMessage).fields.map((value, i) => {
        if (value === null) return null;
        const parser = parsers[i];
        return parser ? parser(value, fields[i]!.dataTypeID) : value;
      });
      rows.push(
        options?.rowMode === 'array'
          ? values
          : Object.fromEntries(values.map((v, i) => [fields[i]!.name, v])),
      );
    } else if (message.name === 'commandComplete') {
      const words = (message as CommandCompleteMessage).text.split(' ');
      const command = words[0]!;
      const count = parseInt(words[words.length - 1]!, 10);
      if (['INSERT', 'UPDATE', 'DELETE', 'COPY', 'MERGE'].includes(command)) affectedRows += count;
      const result = { rows, fields, command, affectedRows } as Results<T> & {
        command: string;
        rowCount?: number;
      };
      if (!Number.isNaN(count)) result.rowCount = count;
      return result;
    }
  }
  return { affectedRows: 0, rows: [] as T[], fields: [] } as Results<T>;
}

const caches = new WeakMap<PGlite, StatementCache>();

function cacheOf(client: PGlite): StatementCache {
  let cache = caches.get(client);
  if (!cache) {
    cache = new StatementCache(client);
    caches.set(client, cache);
  }
  return cache;
}

/** A transaction whose queries run as prepared statements (see above). */
function preparedTransaction(client: PGlite, tx: Transaction, cache: StatementCache): Transaction {
  return {
    query: <T>(text: string, params: unknown[] = [], options?: QueryOptions): Promise<Results<T>> => {
      // a closed transaction: PGlite's own query reports it
      const known = tx.closed ? null : cache.lookup(text, options);
      if (known === null) return tx.query<T>(text, params, options);
      return client.runExclusive(() => cache.run<T>(text, known, params, options));
    },
    sql: (strings, ...params) => tx.sql(strings, ...params),
    exec: (text, options) => tx.exec(text, options),
    rollback: () => tx.rollback(),
    listen: (channel, callback) => tx.listen(channel, callback),
    get closed() {
      return tx.closed;
    },
  };
}

/**
 * The PGlite client as Drizzle should see it: the same instance, except that
 * its transactions run repeated queries as prepared statements.
 */
export function withPreparedStatements(client: PGlite): PGlite {
  const cache = cacheOf(client);
  const transaction = <T>(callback: (tx: Transaction) => Promise<T>): Promise<T> =>
    client.transaction((tx) => callback(preparedTransaction(client, tx, cache)));
  return new Proxy(client, {
    get(target, property) {
      if (property === 'transaction') return transaction;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
