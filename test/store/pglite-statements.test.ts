/**
 * Prepared statements on PGlite (src/store/pglite-statements.ts): inside a
 * transaction, a repeated query runs as a named statement and must give what
 * PGlite's own `query` gives — rows in both row modes with the query's
 * parsers, affected rows, errors with their SQLSTATE — and keep working when
 * a table it uses changes.
 */
import { PGlite, types, type Results, type Transaction } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PREPARED_STATEMENTS, withPreparedStatements } from '../../src/store/pglite-statements.ts';

let raw: PGlite;
let client: PGlite;

beforeAll(async () => {
  raw = await PGlite.create();
  client = withPreparedStatements(raw);
  await raw.exec(`
    create table item (id int primary key, label text not null, amount numeric, at timestamptz);
    insert into item values (1, 'satu', 74.530, '2024-03-31T10:00:00Z'), (2, 'dua', null, null);
  `);
}, 60_000);
afterAll(async () => {
  await raw.close();
});

/** Runs `work` in a transaction of the prepared client, and again in one of PGlite itself. */
async function both<T>(work: (tx: Transaction) => Promise<T>): Promise<[T, T]> {
  const prepared = await client.transaction(work);
  const plain = await raw.transaction(work);
  return [prepared, plain];
}

const asIs = { [types.TIMESTAMPTZ]: (value: string) => value };
const plainResult = (r: Results) => ({ ...r });

describe('prepared statements inside a transaction', () => {
  it('return the same rows, fields and counts as PGlite, in object and array mode, with the query parsers', async () => {
    const select = 'select id, label, amount, at from item where id = any($1) order by id';
    const work = async (tx: Transaction) => {
      const results: Results[] = [];
      // three times: the first runs unprepared, the second prepares, the third reuses
      for (let i = 0; i < 3; i++) {
        results.push(await tx.query(select, [[1, 2]]));
        results.push(await tx.query(select, [[2]], { rowMode: 'array', parsers: asIs }));
      }
      return results.map(plainResult);
    };
    const [prepared, plain] = await both(work);
    expect(prepared).toEqual(plain);
    expect(prepared[0]!.rows).toEqual([
      { id: 1, label: 'satu', amount: '74.530', at: new Date('2024-03-31T10:00:00Z') },
      { id: 2, label: 'dua', amount: null, at: null },
    ]);
    expect(prepared[5]!.rows).toEqual([[2, 'dua', null, null]]);
  });

  it('report affected rows of writes and roll back with the transaction', async () => {
    const update = 'update item set label = $2 where id = $1';
    const counts = await client
      .transaction(async (tx) => {
        const seen: (number | undefined)[] = [];
        for (let i = 0; i < 3; i++) seen.push((await tx.query(update, [1, `baru ${i}`])).affectedRows);
        seen.push((await tx.query(update, [99, 'tidak ada'])).affectedRows);
        await tx.rollback();
        return seen;
      })
      .catch((error: unknown) => error);
    expect(counts).toEqual([1, 1, 1, 0]);
    expect((await raw.query('select label from item where id = 1')).rows).toEqual([{ label: 'satu' }]);
  });

  it('raise PGlite errors with their SQLSTATE and leave the session usable', async () => {
    const insert = 'insert into item (id, label) values ($1, $2)';
    const error = await client
      .transaction(async (tx) => {
        await tx.query(insert, [10, 'a']);
        await tx.query('delete from item where id = $1', [10]);
        await tx.query(insert, [10, 'b']); // prepared now
        await tx.query(insert, [10, 'c']); // duplicate key
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: '23505', query: insert });
    expect((await raw.query('select count(*)::int as n from item where id = 10')).rows).toEqual([{ n: 0 }]);
    expect(await client.transaction((tx) => tx.query('select 1 as ok'))).toMatchObject({ rows: [{ ok: 1 }] });
  });

  it('keep working after the table changes, and beyond the number of statements kept', async () => {
    const select = 'select label from item where id = $1';
    await client.transaction(async (tx) => {
      await tx.query(select, [1]);
      await tx.query(select, [1]);
    });
    await raw.exec('alter table item add column extra text; create index item_label on item (label)');
    const after = await client.transaction((tx) => tx.query(select, [1]));
    expect(after.rows).toEqual([{ label: 'satu' }]);
    await client.transaction(async (tx) => {
      for (let i = 0; i < MAX_PREPARED_STATEMENTS + 20; i++) {
        const text = `select id + ${i} as n from item where id = $1`;
        await tx.query(text, [1]);
        expect((await tx.query(text, [1])).rows).toEqual([{ n: 1 + i }]);
      }
    });
    expect((await client.transaction((tx) => tx.query(select, [2]))).rows).toEqual([{ label: 'dua' }]);
  });
});
