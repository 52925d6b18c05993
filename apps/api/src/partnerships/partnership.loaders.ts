import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  boardOfPartnerships,
  partnersByIds,
  partnershipsByIds,
  partnersOfPartnerships,
  representativesOfPartners,
  type BoardSeatView,
  type PartnerKey,
  type PartnershipView,
  type PartnerView,
  type RepresentativeView,
} from '@concordat/read-models';
import { groupByKey, oneByKey } from '../graphql/loaders';
import type { RequestContext } from '../graphql/request-context';
import type { PartnerStatus } from './partnership.models';

/**
 * The partnerships read model's DataLoaders for one request: each batches every key asked for
 * while one level of a query resolves into a single batch lookup.
 */

export const partnerKeyOf = (key: PartnerKey): string =>
  JSON.stringify([key.partnershipId, key.partnerId]);

export function partnershipLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<string, PartnershipView | null, string> {
  return context.loaders.get<string, PartnershipView | null>(
    'partnerships.byId',
    async (ids) => oneByKey(ids, await partnershipsByIds(source, ids), (row) => row.partnershipId),
    (id) => id,
  );
}

export function partnersLoader(
  context: RequestContext,
  source: DataSource,
  status: PartnerStatus | null | undefined,
): DataLoader<string, PartnerView[], string> {
  return context.loaders.get<string, PartnerView[]>(
    `partnerships.partners:${status ?? 'any'}`,
    async (ids) =>
      groupByKey(
        ids,
        await partnersOfPartnerships(source, ids, status ? { status } : {}),
        (row) => row.partnershipId,
      ),
    (id) => id,
  );
}

/** A partner by partnership and partner id: for names wherever another view holds only ids. */
export function partnerLoader(
  context: RequestContext,
  source: DataSource,
): DataLoader<PartnerKey, PartnerView | null, string> {
  return context.loaders.get<PartnerKey, PartnerView | null>(
    'partnerships.partnerByKey',
    async (keys) => oneByKey(keys, await partnersByIds(source, keys), partnerKeyOf, partnerKeyOf),
    partnerKeyOf,
  );
}

export function representativesLoader(
  context: RequestContext,
  source: DataSource,
  includePast: boolean,
): DataLoader<PartnerKey, RepresentativeView[], string> {
  return context.loaders.get<PartnerKey, RepresentativeView[]>(
    `partnerships.representatives:${includePast ? 'all' : 'serving'}`,
    async (keys) =>
      groupByKey(
        keys,
        await representativesOfPartners(source, keys, { includePast }),
        partnerKeyOf,
        partnerKeyOf,
      ),
    partnerKeyOf,
  );
}

export function boardLoader(
  context: RequestContext,
  source: DataSource,
  includePast: boolean,
): DataLoader<string, BoardSeatView[], string> {
  return context.loaders.get<string, BoardSeatView[]>(
    `partnerships.board:${includePast ? 'all' : 'serving'}`,
    async (ids) =>
      groupByKey(
        ids,
        await boardOfPartnerships(source, ids, { includePast }),
        (row) => row.partnershipId,
      ),
    (id) => id,
  );
}
