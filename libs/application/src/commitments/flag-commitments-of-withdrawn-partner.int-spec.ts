import { loadAggregate } from '@concordat/command-handling';
import {
  commitmentDecider,
  commitmentStreamId,
  commitmentUpcasters,
  type CommitmentState,
  type PartnershipCommand,
} from '@concordat/domain';
import { orkneyDemo } from '@concordat/demo-data';
import { COMMITMENT, PARTNER, PARTNERSHIP_ID } from '@concordat/demo-data/orkney/ids';
import { aCommand } from '@concordat/domain/testing/command-builder';
import { DemoSeeder } from '../demo/demo-seeder';
import { PartnershipCommandMessage } from '../partnerships/partnership-command';
import {
  startApplicationOnPostgres,
  type ApplicationTestContext,
} from '../testing/application-test-context';
import { systemPrincipal } from '@concordat/access-control';

const OPERATOR = systemPrincipal('system:test');

describe('when a partner withdraws, on PostgreSQL', () => {
  let context: ApplicationTestContext;

  beforeAll(async () => {
    context = await startApplicationOnPostgres();
    await context.app.get(DemoSeeder).seed(orkneyDemo());
  }, 120_000);

  afterAll(async () => {
    await context.close();
  });

  const commitment = async (id: string): Promise<CommitmentState> =>
    (
      await loadAggregate(
        context.store,
        commitmentDecider,
        commitmentStreamId(id),
        commitmentUpcasters,
      )
    ).state;

  it('flags each of its open commitments for the board, once, and leaves closed ones alone', async () => {
    const withdraw = aCommand<PartnershipCommand>(
      'WithdrawPartner',
      {
        partnershipId: PARTNERSHIP_ID,
        partnerId: PARTNER.thirdSector,
        reason: 'Merged into a new islands third sector interface',
      },
      { issuedAt: '2012-03-01T10:00:00.000Z' },
    );

    await context.commandBus.execute(new PartnershipCommandMessage(withdraw, OPERATOR));
    await context.commandBus.execute(new PartnershipCommandMessage(withdraw, OPERATOR));

    const states = await Promise.all(Object.values(COMMITMENT).map(commitment));
    const ofPartner = states.filter(
      (state) =>
        state.status !== 'none' &&
        state.terms.parties.some((p) => p.partnerId === PARTNER.thirdSector),
    );
    const open = ofPartner.filter((s) => s.status === 'proposed' || s.status === 'accepted');
    expect(open.length).toBeGreaterThan(0);
    for (const state of open) {
      expect(state.status !== 'none' && 'flags' in state && [...state.flags.keys()]).toEqual([
        PARTNER.thirdSector,
      ]);
    }
    const others = states.filter((state) => !ofPartner.includes(state));
    for (const state of others) {
      expect('flags' in state ? state.flags.size : 0).toBe(0);
    }
  });
});
