/**
 * The running system: the database (with the demo on first start), the API
 * (and, when built, the web app) on one port. Stopping closes the server and
 * the database, which releases the data-folder lock.
 */
import { openWithDemo, type OpenWithDemoOptions } from '../services/demo/ensure-demo.ts';
import type { DemoStatus } from '../services/demo/ensure-demo.ts';
import type { OpenedDatabase } from '../store/db.ts';
import { buildApp, type App } from './app.ts';

export type RunningServer = {
  app: App;
  opened: OpenedDatabase;
  demo: DemoStatus;
  url: string;
  stop: () => Promise<void>;
};

export type ServerOptions = OpenWithDemoOptions & { port: number; host: string };

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { opened, demo } = await openWithDemo(options);
  let app: App;
  try {
    app = await buildApp({ db: opened.db, ...(options.now ? { now: options.now } : {}) });
    await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await opened.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const shownHost = options.host === '0.0.0.0' ? 'localhost' : options.host;
  let stopped = false;
  return {
    app,
    opened,
    demo,
    url: `http://${shownHost}:${port}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await app.close();
      await opened.close();
    },
  };
}
