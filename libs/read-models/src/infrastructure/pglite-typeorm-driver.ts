import { EventEmitter } from 'node:events';
import type { PgliteDatabase, PgliteSession } from '@concordat/event-store';

type ConnectCallback = (error: Error | null, client: unknown, release: () => void) => void;

/** What TypeORM's postgres driver expects of a `pg` client: a promise of rows and counts. */
function clientOver(session: PgliteSession) {
  return Object.assign(new EventEmitter(), {
    async query(text: string, params?: unknown[]) {
      const hasParams = Array.isArray(params) && params.length > 0;
      const result = hasParams
        ? await session.query(text, params)
        : (await session.exec(text)).at(-1);
      return {
        rows: result?.rows ?? [],
        rowCount: result?.affectedRows ?? 0,
        command: /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase() ?? '',
      };
    },
  });
}

/**
 * A `pg`-shaped driver for TypeORM over the embedded store's one PGlite connection. A checked-out
 * client holds the connection until TypeORM releases it, so an ORM transaction (BEGIN ... COMMIT
 * as separate statements) never interleaves with the event store's work.
 */
export function pgliteTypeormDriver(database: PgliteDatabase) {
  class Pool extends EventEmitter {
    connect(callback: ConnectCallback): void {
      database
        .withSession(
          (session) =>
            new Promise<void>((release) => {
              callback(null, clientOver(session), () => release());
            }),
        )
        .catch((error: unknown) => callback(error as Error, null, () => undefined));
    }

    end(callback?: (error: Error | null) => void): void {
      callback?.(null);
    }
  }
  return { Pool };
}
