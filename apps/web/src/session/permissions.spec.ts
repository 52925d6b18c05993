import type { Grant } from '@concordat/access-control';
import { mayIssue, mayPerform, representedPartner } from './permissions';
import type { Session } from './session';

const holding = (...grants: Grant[]): Session => ({ token: 't', actor: 'user:someone', grants });
const orkney = { partnershipId: 'orkney-cpp' };

describe('the controls offered to a session', () => {
  it('offers the board its decisions and not the proposals of partners', () => {
    const member = holding({ role: 'board-member', partnershipId: 'orkney-cpp' });
    expect(mayIssue(member, 'AcceptCommitment', orkney)).toBe(true);
    expect(mayIssue(member, 'RecordDecision', orkney)).toBe(true);
    expect(mayIssue(member, 'ProposeCommitment', orkney)).toBe(false);
    expect(mayIssue(member, 'HoldBoardMeeting', orkney)).toBe(false);
  });

  it('offers nothing in a partnership the grant does not name, and everything of the role in all of them for "*"', () => {
    expect(
      mayIssue(
        holding({ role: 'board-chair', partnershipId: 'fife-cpp' }),
        'HoldBoardMeeting',
        orkney,
      ),
    ).toBe(false);
    expect(
      mayIssue(holding({ role: 'board-chair', partnershipId: '*' }), 'HoldBoardMeeting', orkney),
    ).toBe(true);
  });

  it("lets a representative act only on its own partner's commitments", () => {
    const representative = holding({
      role: 'partner-representative',
      partnershipId: 'orkney-cpp',
      partnerId: 'nhs-orkney',
    });
    expect(mayIssue(representative, 'ProposeCommitment', orkney)).toBe(true);
    expect(
      mayIssue(representative, 'ReportCommitmentProgress', {
        ...orkney,
        commitmentParties: ['nhs-orkney'],
      }),
    ).toBe(true);
    expect(
      mayIssue(representative, 'ReportCommitmentProgress', {
        ...orkney,
        commitmentParties: ['orkney-islands-council'],
      }),
    ).toBe(false);
    expect(representedPartner(representative, 'orkney-cpp')).toBe('nhs-orkney');
  });

  it('offers auditors and the public no command at all', () => {
    for (const session of [holding({ role: 'auditor' }), holding({ role: 'public' })]) {
      expect(mayIssue(session, 'ProposeCommitment', orkney)).toBe(false);
      expect(mayIssue(session, 'AcceptCommitment', orkney)).toBe(false);
    }
  });

  it('offers the evidence bundle to auditors and platform administrators only', () => {
    expect(mayPerform(holding({ role: 'auditor' }), 'downloadEvidence')).toBe(true);
    expect(mayPerform(holding({ role: 'platform-admin' }), 'downloadEvidence')).toBe(true);
    expect(
      mayPerform(holding({ role: 'board-chair', partnershipId: '*' }), 'downloadEvidence'),
    ).toBe(false);
    expect(mayPerform(holding({ role: 'public' }), 'downloadEvidence')).toBe(false);
  });
});
