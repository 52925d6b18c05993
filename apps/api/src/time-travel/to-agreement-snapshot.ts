import type { DraftedAgreement, IndicatorSource, Signature } from '@concordat/domain';
import type { StreamSnapshot } from '@concordat/time-travel';
import type { AgreementSignatureModel, IndicatorSourceModel } from '../agreements/agreement.model';
import type { AgreementSnapshotModel } from './agreement-snapshot.model';
import { toRecordedEvent } from './recorded-event.model';

const signature = (signed: Signature | undefined): AgreementSignatureModel | null =>
  signed ? { name: signed.name, role: signed.role, signedOn: signed.signedOn } : null;

function sourceOf(source: IndicatorSource): IndicatorSourceModel {
  switch (source.kind) {
    case 'national':
      return { kind: source.kind, id: source.nationalIndicatorId };
    case 'local_menu':
      return { kind: source.kind, id: source.menuIndicatorId };
    case 'local':
      return { kind: source.kind, id: null };
  }
}

/** The folded agreement in the fields and order its read model gives them. */
export function toAgreementSnapshot({
  state,
  revision,
  first,
  last,
}: StreamSnapshot<DraftedAgreement>): AgreementSnapshotModel {
  return {
    id: state.agreementId,
    partnershipId: state.partnershipId,
    kind: state.kind,
    locality: state.locality,
    title: state.title,
    frameworkVersionId: state.frameworkVersionId,
    periodStart: state.periodStart,
    periodEnd: state.periodEnd,
    councilPartnerId: state.councilPartnerId,
    status: state.status,
    councilSignature: signature(state.signatures.get('council')),
    governmentSignature: signature(state.signatures.get('government')),
    agreedOn: state.agreedOn,
    amendmentCount: state.amendments,
    supersededBy: state.supersededBy,
    supersededOn: state.status === 'superseded' ? state.endedOn : null,
    closedOn: state.status === 'closed' ? state.endedOn : null,
    nationalIndicatorIds: [...state.nationalIndicatorIds],
    localIndicatorMenuIds: [...state.localIndicatorMenuIds],
    sections: [...state.sections].map(([nationalOutcomeId, content], ordinal) => ({
      nationalOutcomeId,
      ordinal,
      written: content !== null,
      localPriority: content?.localPriority ?? null,
      areaProfile: content?.areaProfile ?? null,
      keyLocalCauses: content?.keyLocalCauses ?? null,
      pastTrends: content?.pastTrends ?? null,
      crossReferences: (content?.crossReferences ?? []).map(({ plan, reference }) => ({
        plan,
        reference,
      })),
    })),
    localOutcomes: [...state.localOutcomes.values()].map((outcome) => ({
      id: outcome.localOutcomeId,
      nationalOutcomeId: outcome.nationalOutcomeId,
      title: outcome.title,
      description: outcome.description,
      status: outcome.status,
    })),
    intermediateOutcomes: [...state.intermediateOutcomes.values()].map((outcome) => ({
      id: outcome.intermediateOutcomeId,
      localOutcomeId: outcome.localOutcomeId,
      title: outcome.title,
      status: outcome.status,
    })),
    indicators: [...state.indicators.values()].map((indicator) => ({
      id: indicator.indicatorId,
      localOutcomeId: indicator.localOutcomeId,
      intermediateOutcomeId: indicator.intermediateOutcomeId,
      title: indicator.title,
      source: sourceOf(indicator.source),
      unit: indicator.unit,
      baseline: { ...indicator.baseline },
      target: { ...indicator.target },
      direction: indicator.direction,
      status: indicator.status,
    })),
    draftedAt: new Date(first.occurredAt),
    lastChangedAt: new Date(last.occurredAt),
    revision: revision.toString(),
    lastEvent: toRecordedEvent(last),
  };
}
