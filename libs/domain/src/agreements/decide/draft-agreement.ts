import { ensure } from '@concordat/shared-kernel';
import { ensureIdentifier, ensureOneOf, ensurePeriod, ensureText } from '../../shared/field-rules';
import { AGREEMENT_KINDS } from '../agreement-terms';
import type { DraftAgreement } from '../agreement.commands';
import type { AgreementContext } from '../agreement.context';
import type { AgreementDrafted } from '../agreement.events';
import { AgreementRule } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';

export function draftAgreement(
  command: DraftAgreement,
  state: AgreementState,
  context: AgreementContext,
): [AgreementDrafted] {
  const { partnershipId, agreementId, kind, title, frameworkVersionId, councilPartnerId } =
    command.data;
  ensure(
    state.status === 'none',
    AgreementRule.CannotBeDraftedTwice,
    `agreement ${agreementId} has already been drafted`,
    'agreementId',
  );
  ensureIdentifier(agreementId, 'agreementId');
  ensureOneOf(AGREEMENT_KINDS, kind, AgreementRule.KindMustBeKnown, 'kind');
  const locality = localityOf(command.data);
  ensureText(title, 'title');
  ensurePeriod(command.data.periodStart, command.data.periodEnd, {
    start: 'periodStart',
    end: 'periodEnd',
  });
  const partnership = context?.partnership ?? null;
  ensure(
    partnership?.status === 'established',
    AgreementRule.MustBeDraftedByAnEstablishedPartnership,
    `partnership ${partnershipId} has not been established`,
    'partnershipId',
  );
  ensure(
    partnership.councilPartnerIds.includes(councilPartnerId),
    AgreementRule.CouncilPartyMustBeACurrentCouncilPartner,
    `${councilPartnerId} is not a current council partner of partnership ${partnershipId}`,
    'councilPartnerId',
  );
  const framework = context?.framework ?? null;
  ensure(
    framework?.frameworkVersionId === frameworkVersionId && framework.status === 'published',
    AgreementRule.MustBeDraftedUnderACurrentFrameworkVersion,
    `framework version ${frameworkVersionId} is not published, or has been superseded`,
    'frameworkVersionId',
  );
  return [
    {
      type: 'AgreementDrafted',
      schemaVersion: 1,
      data: {
        partnershipId,
        agreementId,
        kind,
        locality,
        title: title.trim(),
        frameworkVersionId,
        periodStart: command.data.periodStart,
        periodEnd: command.data.periodEnd,
        councilPartnerId,
        nationalOutcomeIds: [...framework.nationalOutcomeIds],
        nationalIndicatorIds: [...framework.nationalIndicatorIds],
        localIndicatorMenuIds: [...framework.localIndicatorMenuIds],
      },
    },
  ];
}

/** A locality plan covers a named part of the council area; the other kinds cover all of it. */
function localityOf(data: DraftAgreement['data']): string | null {
  if (data.kind !== 'locality_plan') {
    ensure(
      data.locality === null || data.locality === undefined,
      AgreementRule.OnlyALocalityPlanNamesALocality,
      `a ${data.kind} covers the whole council area and names no locality`,
      'locality',
    );
    return null;
  }
  ensure(
    typeof data.locality === 'string' && data.locality.trim().length > 0,
    AgreementRule.LocalityPlanMustNameItsLocality,
    'a locality plan must name the locality it covers',
    'locality',
  );
  return data.locality.trim();
}
