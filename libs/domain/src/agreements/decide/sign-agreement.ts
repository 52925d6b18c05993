import { ensure } from '@concordat/shared-kernel';
import { dateOf, type CalendarDate } from '../../shared';
import { ensureCalendarDate, ensureOneOf, ensureText } from '../../shared/field-rules';
import { SIGNING_PARTIES } from '../agreement-terms';
import type { SignAgreement } from '../agreement.commands';
import type { AgreementAgreed, AgreementSigned } from '../agreement.events';
import { AgreementRule, ensureDrafted } from '../agreement.rules';
import type { AgreementState } from '../agreement.state';

/**
 * Each party signs once; the signature that completes the set also makes the agreement agreed,
 * from the date of the later signature. Who may sign for a party is checked by authorization.
 */
export function signAgreement(
  command: SignAgreement,
  state: AgreementState,
): [AgreementSigned] | [AgreementSigned, AgreementAgreed] {
  const agreement = ensureDrafted(state, command.data.partnershipId);
  const { partnershipId, agreementId, party, signatory, signedOn } = command.data;
  ensure(
    agreement.status === 'submitted',
    AgreementRule.OnlyASubmittedAgreementIsSigned,
    `agreement ${agreement.agreementId} is ${agreement.status}, not submitted for signature`,
    'agreementId',
  );
  ensureOneOf(SIGNING_PARTIES, party, AgreementRule.SigningPartyMustBeCouncilOrGovernment, 'party');
  ensure(
    !agreement.signatures.has(party),
    AgreementRule.PartyCannotSignTwice,
    `the ${party} has already signed agreement ${agreement.agreementId}`,
    'party',
  );
  ensureText(signatory.name, 'signatory.name');
  ensureText(signatory.role, 'signatory.role');
  ensureCalendarDate(signedOn, 'signedOn');
  ensure(
    signedOn <= dateOf(command.metadata.issuedAt),
    AgreementRule.SignatureCannotBeDatedInTheFuture,
    `signedOn (${signedOn}) is after the day it is recorded`,
    'signedOn',
  );
  const signed: AgreementSigned = {
    type: 'AgreementSigned',
    schemaVersion: 1,
    data: {
      partnershipId,
      agreementId,
      party,
      signatory: { name: signatory.name.trim(), role: signatory.role.trim() },
      signedOn,
    },
  };
  const dates = SIGNING_PARTIES.map((p) =>
    p === party ? signedOn : agreement.signatures.get(p)?.signedOn,
  );
  if (!dates.every((date): date is CalendarDate => date !== undefined)) return [signed];
  const agreedOn = dates.reduce((later, date) => (date > later ? date : later));
  return [
    signed,
    { type: 'AgreementAgreed', schemaVersion: 1, data: { partnershipId, agreementId, agreedOn } },
  ];
}
