import { graphql, untilProjectionsCaughtUp } from '../../testing/graphql-client';

/**
 * Fails, naming each read model's last error, unless every read model catches up: an accepted
 * command whose event a projection cannot apply (a date PostgreSQL refuses, say) stalls it.
 */
export async function expectReadModelsToKeepUp(url: string, timeoutMs: number): Promise<void> {
  try {
    await untilProjectionsCaughtUp(url, timeoutMs);
  } catch (error) {
    const { data } = await graphql<{ projections: { name: string; lastError: string | null }[] }>(
      url,
      '{ projections { name lastError } }',
    );
    const stalled = (data?.projections ?? []).filter((projection) => projection.lastError);
    const why = stalled.map((projection) => `${projection.name}: ${projection.lastError}`);
    throw new Error(
      `${(error as Error).message}; ${why.join('; ') || 'no projection reports an error'}`,
    );
  }
}
