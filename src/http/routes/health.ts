import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../../store/database.ts';

/** GET /api/health: the server answers and the database is reachable. */
export function registerHealthRoutes(api: FastifyInstance, deps: { db: Database }): void {
  api.get(
    '/health',
    {
      schema: {
        tags: ['system'],
        summary: 'Status server dan database',
        response: { 200: z.object({ status: z.literal('ok') }) },
      },
    },
    async () => {
      await deps.db.execute(sql`select 1`);
      return { status: 'ok' as const };
    },
  );
}
