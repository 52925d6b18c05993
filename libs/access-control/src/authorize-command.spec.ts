import fc from 'fast-check';
import { aCommand } from '@concordat/domain/testing/command-builder';
import { AccessDenied, type AccessDenial } from './access-denied';
import { authorizeCommand, ensureBelongsToPartnership } from './authorize-command';
import { COMMAND_POLICY, type CommandFacts } from './command-policy';
import type { CommandType, ConcordatCommand } from './concordat-command';
import { ANONYMOUS, systemPrincipal, type Grant, type Principal } from './principal';
import { ROLES, isPartnershipRole, type Role } from './roles';

const ORKNEY = 'orkney-cpp';
const SHETLAND = 'shetland-cpp';

const command = (type: CommandType, data: Record<string, unknown> = {}): ConcordatCommand =>
  aCommand<ConcordatCommand>(type, { partnershipId: ORKNEY, ...data } as never);

const user = (...grants: Grant[]): Principal => ({ kind: 'user', actor: 'user:someone', grants });

function refusal(principal: Principal, sent: ConcordatCommand, facts?: CommandFacts) {
  try {
    authorizeCommand(principal, sent, facts);
    return 'allowed';
  } catch (error) {
    if (error instanceof AccessDenied) return error.denial;
    throw error;
  }
}

describe('authorizing a command', () => {
  it('asks a caller without a token to authenticate', () => {
    expect(refusal(ANONYMOUS, command('DraftAgreement'))).toBe('unauthenticated');
  });

  it('lets Concordat itself send anything (the demo loader, reactions, the operator CLI)', () => {
    expect(refusal(systemPrincipal('system:demo'), command('RecordDecision'))).toBe('allowed');
  });

  it('never lets the auditor or the public write', () => {
    for (const type of Object.keys(COMMAND_POLICY) as CommandType[]) {
      expect(refusal(user({ role: 'auditor' }), command(type))).toBe('forbidden');
      expect(refusal(user({ role: 'public' }), command(type))).toBe('forbidden');
    }
  });

  it('lets an officer draft in its own partnership, and answers NOT_FOUND for another', () => {
    const officer = user({ role: 'partnership-officer', partnershipId: ORKNEY });
    expect(refusal(officer, command('DraftAgreement'))).toBe('allowed');
    expect(refusal(officer, command('DraftAgreement', { partnershipId: SHETLAND }))).toBe(
      'not-found',
    );
  });

  it('refuses a role the command does not allow without looking at the partnership', () => {
    const officer = user({ role: 'partnership-officer', partnershipId: ORKNEY });
    expect(refusal(officer, command('RecordDecision'))).toBe('forbidden');
    expect(refusal(officer, command('RecordDecision', { partnershipId: SHETLAND }))).toBe(
      'forbidden',
    );
  });

  it('refuses, rather than hides, a partnership the actor sees through another role', () => {
    const actor = user(
      { role: 'board-member', partnershipId: SHETLAND },
      { role: 'partnership-officer', partnershipId: ORKNEY },
    );
    expect(refusal(actor, command('DraftAgreement', { partnershipId: SHETLAND }))).toBe(
      'forbidden',
    );
  });

  it('lets an officer granted every partnership act in any of them', () => {
    const officer = user({ role: 'partnership-officer', partnershipId: '*' });
    expect(refusal(officer, command('DraftAgreement', { partnershipId: SHETLAND }))).toBe(
      'allowed',
    );
  });

  it('lets a partner representative act only on its own partner’s commitments', () => {
    const nhs = user({ role: 'partner-representative', partnershipId: ORKNEY, partnerId: 'nhs' });
    const report = command('ReportCommitmentProgress');
    expect(refusal(nhs, report, { commitmentParties: ['council', 'nhs'] })).toBe('allowed');
    expect(refusal(nhs, report, { commitmentParties: ['council'] })).toBe('forbidden');
    expect(refusal(nhs, report, {})).toBe('forbidden');
    expect(refusal(nhs, command('WithdrawCommitment', { partnerId: 'nhs' }))).toBe('allowed');
    expect(refusal(nhs, command('WithdrawCommitment', { partnerId: 'council' }))).toBe('forbidden');
  });

  it('lets only a government official sign for the government, and the chair for the council', () => {
    const official = user({ role: 'government-official' });
    const chair = user({ role: 'board-chair', partnershipId: ORKNEY });
    const signing = (party: string) => command('SignAgreement', { party });
    expect(refusal(official, signing('government'))).toBe('allowed');
    expect(refusal(official, signing('council'))).toBe('forbidden');
    expect(refusal(chair, signing('council'))).toBe('allowed');
    expect(refusal(chair, signing('government'))).toBe('forbidden');
  });

  it('follows the policy for every role and command (one grant, conditions met)', () => {
    const types = Object.keys(COMMAND_POLICY) as CommandType[];
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.constantFrom(...ROLES), (type, role: Role) => {
        const grant: Grant = isPartnershipRole(role)
          ? {
              role,
              partnershipId: ORKNEY,
              ...(role === 'partner-representative' ? { partnerId: 'nhs' } : {}),
            }
          : { role };
        const party = role === 'government-official' ? 'government' : 'council';
        const sent = command(type, { partnerId: 'nhs', party });
        const listed = COMMAND_POLICY[type].some((permission) => permission.role === role);
        const expected: AccessDenial | 'allowed' = listed ? 'allowed' : 'forbidden';
        expect(refusal(user(grant), sent, { commitmentParties: ['nhs'] })).toBe(expected);
      }),
    );
  });
});

describe('a target that belongs to another partnership', () => {
  it('answers exactly as an id that does not exist', () => {
    const sent = command('AcceptCommitment');
    expect(() => ensureBelongsToPartnership(sent, SHETLAND, 'commitment', 'c-1')).toThrow(
      new AccessDenied('not-found', 'commitment c-1 was not found'),
    );
    expect(() => ensureBelongsToPartnership(sent, ORKNEY, 'commitment', 'c-1')).not.toThrow();
    expect(() => ensureBelongsToPartnership(sent, null, 'commitment', 'c-1')).not.toThrow();
  });
});
