/** An app on a test database with one user per role in two agencies, and a client that keeps cookies. */
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../../src/http/app.ts';
import { hashPassword } from '../../src/services/administer/password-hash.ts';
import { appUser, userRole } from '../../src/store/schema/index.ts';
import type { Database } from '../../src/store/database.ts';
import type { Role } from '../../src/store/schema/enums.ts';
import { seedSmallAgency } from '../support/store-fixtures.ts';

export const PASSWORD = 'kata-sandi-uji-123';

export type Seeded = Awaited<ReturnType<typeof seedTwoAgencies>>;

export async function seedTwoAgencies(db: Database) {
  const own = await seedSmallAgency(db, '01');
  const foreign = await seedSmallAgency(db, '02');
  const hash = await hashPassword(PASSWORD);
  const users: Record<string, string> = {};
  const add = async (username: string, role: Role, agencyId: string | null, regionId: string) => {
    const [user] = await db
      .insert(appUser)
      .values({ username, displayName: username, passwordHash: hash })
      .returning();
    await db.insert(userRole).values({ userId: user!.id, role, regionId, agencyId });
    users[username] = user!.id;
  };
  await add('admin1', 'admin', null, own.region.id);
  await add('operator1', 'operator', own.agency.id, own.region.id);
  await add('kepala1', 'kepala', own.agency.id, own.region.id);
  await add('evaluator1', 'evaluator', null, own.region.id);
  await add('viewer1', 'viewer', null, own.region.id);
  await add('operator2', 'operator', foreign.agency.id, foreign.region.id);
  return { own, foreign, users };
}

/** A browser-like client: keeps the cookies it is given and sends the CSRF header. */
export class Client {
  private cookies = new Map<string, string>();
  csrf: string | null = null;
  constructor(private readonly app: App) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.app.inject({
      method,
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(this.csrf && method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: body as object } : {}),
    });
    for (const c of response.cookies) {
      if (
        c.value === '' ||
        (c.maxAge !== undefined && c.maxAge <= 0) ||
        (c.expires && c.expires.getTime() < Date.now())
      )
        this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  async login(username: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    const response = await this.request('POST', '/api/auth/login', { username, password });
    if (response.statusCode === 200) this.csrf = (response.json() as { csrfToken: string }).csrfToken;
    return response;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

export async function testApp(db: Database): Promise<App> {
  return buildApp({ db });
}
