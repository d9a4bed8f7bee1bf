// drizzle-kit reads the schema and writes forward-only SQL migrations into
// src/store/migrations (`npm run db:generate`); src/store/migrate.ts applies them.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/schema/index.ts',
  out: './src/store/migrations',
  migrations: { prefix: 'index' },
  strict: true,
});
