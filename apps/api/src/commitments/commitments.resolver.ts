import { Inject } from '@nestjs/common';
import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import {
  commitmentById,
  commitmentCursor,
  listCommitments,
  type CommitmentFilter,
  type CommitmentFlagView,
  type CommitmentPartyView,
  type CommitmentProgressReportView,
  type CommitmentView,
  type PageOf,
} from '@concordat/read-models';
import { toConnection } from '../graphql/pagination';
import { ensureCanRead, ensureVisible, visiblePartnershipIds } from '../graphql/read-access';
import type { RequestContext } from '../graphql/request-context';
import { READ_MODELS } from '../read-models/read-models.module';
import { CommitmentLoaders } from './commitment-loaders';
import {
  CommitmentConnection,
  CommitmentFlagModel,
  CommitmentModel,
  CommitmentPartyModel,
  CommitmentProgressReportModel,
  CommitmentsArgs,
} from './commitment.model';
import { pageMatching } from './page-matching';

/** The read model's page size when the API filters its pages itself: the largest it gives. */
const SCAN_PAGE_SIZE = 100;

const instant = (iso: string) => new Date(iso);

/** A commitment row in the API's terms; parties, reports, flags and names are resolved fields. */
export function toCommitmentModel(view: CommitmentView): CommitmentModel {
  const { acceptedBy, rejection, lastRevisedBy, withdrawal, latestProgress } = view;
  return {
    id: view.commitmentId,
    partnershipId: view.partnershipId,
    agreementId: view.agreementId,
    localOutcomeId: view.localOutcomeId,
    action: view.action,
    status: view.status,
    dueDate: view.dueDate,
    leadPartnerId: view.leadPartnerId,
    resources: {
      money: { ...view.resources.money },
      fundingStream: view.resources.fundingStream,
      staffFte: view.resources.staffFte,
      inKind: view.resources.inKind,
    },
    accountableOfficer: { ...view.accountableOfficer },
    acceptedBy: acceptedBy && { ...acceptedBy },
    rejectedBy: rejection && { ...rejection },
    lastRevisedBy: lastRevisedBy && { ...lastRevisedBy, changed: [...lastRevisedBy.changed] },
    withdrawal: withdrawal && {
      partnerId: withdrawal.partnerId,
      reason: withdrawal.reason,
      withdrawnAt: instant(withdrawal.withdrawnAt),
    },
    lapsedOn: view.lapsedOn,
    delivery: view.delivery && { ...view.delivery },
    latestProgress: latestProgress && {
      ...latestProgress,
      reportedAt: instant(latestProgress.reportedAt),
    },
    openFlags: view.openFlags,
    revision: String(view.streamRevision),
    createdAt: instant(view.createdAt),
    updatedAt: instant(view.updatedAt),
  };
}

function toParty(partnershipId: string, party: CommitmentPartyView): CommitmentPartyModel {
  return {
    partnershipId,
    partnerId: party.partnerId,
    isLead: party.isLead,
    money: { ...party.money },
    staffFte: party.staffFte,
    effortPercent: party.effortPercent,
  };
}

function toProgressReport(report: CommitmentProgressReportView): CommitmentProgressReportModel {
  return {
    eventId: report.eventId,
    revision: String(report.streamRevision),
    status: report.status,
    note: report.note,
    evidenceUrl: report.evidenceUrl,
    periodStart: report.periodStart,
    periodEnd: report.periodEnd,
    reportedAt: instant(report.reportedAt),
    reportedBy: report.reportedBy,
  };
}

function toFlag(partnershipId: string, flag: CommitmentFlagView): CommitmentFlagModel {
  return {
    partnershipId,
    partnerId: flag.partnerId,
    reason: flag.reason,
    raisedAt: instant(flag.raisedAt),
    clearedBy: flag.cleared && {
      meetingId: flag.cleared.meetingId,
      decisionId: flag.cleared.decisionId,
      decidedOn: flag.cleared.decidedOn,
      clearedAt: instant(flag.cleared.clearedAt),
    },
  };
}

@Resolver(() => CommitmentModel)
export class CommitmentsResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  private loaders(context: RequestContext): CommitmentLoaders {
    return new CommitmentLoaders(this.readModels, context);
  }

  @Query(() => CommitmentConnection, {
    description:
      'Who committed to what: commitments by due date, then id, filtered by partnership, ' +
      'party, agreement, local outcome, status, latest progress, due date or open flags. ' +
      '"What is off track": status [accepted] with progress [off_track].',
  })
  async commitments(
    @Args() args: CommitmentsArgs,
    @Context() context: RequestContext,
  ): Promise<CommitmentConnection> {
    ensureCanRead(context, 'members');
    const filter: CommitmentFilter = {
      partnershipId: args.partnershipId,
      partnershipIds: visiblePartnershipIds(context.scope),
      partnerId: args.partnerId,
      agreementId: args.agreementId,
      localOutcomeId: args.localOutcomeId,
      status: args.status,
      dueBefore: args.dueBefore,
      dueAfter: args.dueAfter,
      flagged: args.flagged,
    };
    const progress = new Set<string>(args.progress ?? []);
    // The read model has no filter on the latest progress: the API reads its pages in order
    // and keeps the matches (see pageMatching).
    const page: PageOf<CommitmentView> =
      progress.size === 0
        ? await listCommitments(this.readModels, filter, args)
        : await pageMatching(
            (after) => listCommitments(this.readModels, filter, { first: SCAN_PAGE_SIZE, after }),
            (item) => item.latestProgress !== null && progress.has(item.latestProgress.status),
            args,
            commitmentCursor,
          );
    const connection = toConnection(page, commitmentCursor);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ ...edge, node: toCommitmentModel(edge.node) })),
    };
  }

  @Query(() => CommitmentModel, {
    description: 'One commitment by id; NOT_FOUND if there is none.',
  })
  async commitment(
    @Args('id', { description: 'The commitment id.' }) id: string,
    @Context() context: RequestContext,
  ): Promise<CommitmentModel> {
    ensureCanRead(context, 'members');
    const found = await commitmentById(this.readModels, id);
    return toCommitmentModel(ensureVisible(context.scope, found, 'Commitment', id));
  }

  @ResolveField(() => String, { nullable: true })
  localOutcomeTitle(
    @Parent() commitment: CommitmentModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return this.loaders(context).localOutcomeTitle(
      commitment.agreementId,
      commitment.localOutcomeId,
    );
  }

  @ResolveField(() => String, { nullable: true })
  leadPartnerName(
    @Parent() commitment: CommitmentModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return this.loaders(context).partnerName(commitment.partnershipId, commitment.leadPartnerId);
  }

  @ResolveField(() => [CommitmentPartyModel])
  async parties(
    @Parent() commitment: CommitmentModel,
    @Context() context: RequestContext,
  ): Promise<CommitmentPartyModel[]> {
    const parties = await this.loaders(context).parties().load(commitment.id);
    return parties.map((party) => toParty(commitment.partnershipId, party));
  }

  @ResolveField(() => [CommitmentProgressReportModel])
  async progressReports(
    @Parent() commitment: CommitmentModel,
    @Context() context: RequestContext,
  ): Promise<CommitmentProgressReportModel[]> {
    const reports = await this.loaders(context).progressReports().load(commitment.id);
    return reports.map(toProgressReport);
  }

  @ResolveField(() => [CommitmentFlagModel])
  async flags(
    @Parent() commitment: CommitmentModel,
    @Context() context: RequestContext,
  ): Promise<CommitmentFlagModel[]> {
    const flags = await this.loaders(context).flags().load(commitment.id);
    return flags.map((flag) => toFlag(commitment.partnershipId, flag));
  }
}

@Resolver(() => CommitmentPartyModel)
export class CommitmentPartyResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => String, { nullable: true })
  partnerName(
    @Parent() party: CommitmentPartyModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return new CommitmentLoaders(this.readModels, context).partnerName(
      party.partnershipId,
      party.partnerId,
    );
  }
}

@Resolver(() => CommitmentFlagModel)
export class CommitmentFlagResolver {
  constructor(@Inject(READ_MODELS) private readonly readModels: DataSource) {}

  @ResolveField(() => String, { nullable: true })
  partnerName(
    @Parent() flag: CommitmentFlagModel,
    @Context() context: RequestContext,
  ): Promise<string | null> {
    return new CommitmentLoaders(this.readModels, context).partnerName(
      flag.partnershipId,
      flag.partnerId,
    );
  }
}
