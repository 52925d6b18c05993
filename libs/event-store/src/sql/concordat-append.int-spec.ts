import type { PgliteDatabase } from '../pglite/pglite-database';
import { anEvent } from '../testing/event-builder';
import { openMigratedPglite } from '../testing/pglite-test-database';
import { canonicalTemplate, joinTemplates, TEMPLATE_PIECE_SEPARATOR } from './canonical-template';

/**
 * What the append function itself refuses, whatever a client sends it: the store never sends such
 * input, so the conformance suite cannot reach these cases.
 */
describe('concordat_append', () => {
  let database: PgliteDatabase;

  beforeEach(async () => {
    database = await openMigratedPglite();
  });

  afterEach(() => database.close());

  const append = (stream: string, templates: string) =>
    database.queryInOwnTransaction<{ first_position: string | null }>(
      `SELECT first_position::text AS first_position
         FROM concordat_append($1, 'any', NULL, $2)`,
      [stream, templates],
    );
  const storedEvents = async () =>
    (
      await database.query<{ count: number }>('SELECT count(*)::int AS count FROM concordat_events')
    )[0]?.count;

  it('writes an append whose templates name the stream appended to', async () => {
    const [result] = await append(
      'agreement-1',
      joinTemplates([canonicalTemplate(anEvent().build(), 'agreement-1')]),
    );

    expect(result?.first_position).not.toBeNull();
    expect(await storedEvents()).toBe(1);
  });

  it('refuses, and writes none of, an append whose text names another stream', async () => {
    const templates = joinTemplates([
      canonicalTemplate(anEvent().build(), 'agreement-1'),
      canonicalTemplate(anEvent().build(), 'agreement-2'),
    ]);

    await expect(append('agreement-1', templates)).rejects.toThrow(/stream_id/);
    expect(await storedEvents()).toBe(0);
  });

  it('refuses templates that are not four pieces per event', async () => {
    const [first, second, third] = canonicalTemplate(anEvent().build(), 'agreement-1');

    const threePieces = [first, second, third].join(TEMPLATE_PIECE_SEPARATOR);

    await expect(append('agreement-1', threePieces)).rejects.toThrow(/four template pieces/);
    expect(await storedEvents()).toBe(0);
  });
});
