import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  flagsOfCommitments,
  localOutcomesByIds,
  partiesOfCommitments,
  partnersByIds,
  progressReportsOfCommitments,
  type CommitmentFlagView,
  type CommitmentPartyView,
  type CommitmentProgressReportView,
  type LocalOutcomeKey,
  type PartnerKey,
} from '@concordat/read-models';
import { groupByKey, oneByKey } from '../graphql/loaders';
import type { RequestContext } from '../graphql/request-context';

/**
 * The DataLoaders the commitment queries use, one set per request. Loader names are prefixed so
 * that they never meet another feature's loader of the same name in the request's registry.
 */
const NAME = 'commitments';

const partnerKey = (key: PartnerKey) => `${key.partnershipId}\u0000${key.partnerId}`;
const outcomeKey = (key: LocalOutcomeKey) => `${key.agreementId}\u0000${key.localOutcomeId}`;

export class CommitmentLoaders {
  constructor(
    private readonly source: DataSource,
    private readonly context: RequestContext,
  ) {}

  /** The parties of each commitment, in the order of its terms. */
  parties(): DataLoader<string, CommitmentPartyView[], string> {
    return this.context.loaders.get(
      `${NAME}:parties`,
      async (ids: readonly string[]) =>
        groupByKey(ids, await partiesOfCommitments(this.source, ids), (row) => row.commitmentId),
      String,
    );
  }

  /** Every progress report on each commitment, oldest first. */
  progressReports(): DataLoader<string, CommitmentProgressReportView[], string> {
    return this.context.loaders.get(
      `${NAME}:progress-reports`,
      async (ids: readonly string[]) =>
        groupByKey(
          ids,
          await progressReportsOfCommitments(this.source, ids),
          (row) => row.commitmentId,
        ),
      String,
    );
  }

  /** Every flag raised on each commitment, oldest first. */
  flags(): DataLoader<string, CommitmentFlagView[], string> {
    return this.context.loaders.get(
      `${NAME}:flags`,
      async (ids: readonly string[]) =>
        groupByKey(ids, await flagsOfCommitments(this.source, ids), (row) => row.commitmentId),
      String,
    );
  }

  /** A partner's organisation name, or null when the partnerships read model lacks it. */
  partnerName(partnershipId: string, partnerId: string): Promise<string | null> {
    return this.context.loaders
      .get(
        `${NAME}:partner-names`,
        async (keys: readonly PartnerKey[]) =>
          oneByKey(keys, await partnersByIds(this.source, keys), partnerKey, partnerKey).map(
            (partner) => partner?.organisation ?? null,
          ),
        partnerKey,
      )
      .load({ partnershipId, partnerId });
  }

  /** A local outcome's title, or null when the agreements read model lacks it. */
  localOutcomeTitle(agreementId: string, localOutcomeId: string): Promise<string | null> {
    return this.context.loaders
      .get(
        `${NAME}:local-outcome-titles`,
        async (keys: readonly LocalOutcomeKey[]) =>
          oneByKey(keys, await localOutcomesByIds(this.source, keys), outcomeKey, outcomeKey).map(
            (outcome) => outcome?.title ?? null,
          ),
        outcomeKey,
      )
      .load({ agreementId, localOutcomeId });
  }
}
