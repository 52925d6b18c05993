import { RuleViolation } from '@concordat/shared-kernel';
import { EventStoreError, type StoredEvent } from '@concordat/event-store';
import { partnershipStreamId, PartnershipRule, type PartnershipCommand } from '@concordat/domain';
import { aCommand } from '@concordat/domain/testing/command-builder';
import {
  startApplicationOnPostgres,
  type ApplicationTestContext,
} from '../testing/application-test-context';
import { PartnershipCommandMessage } from './partnership-command';
import { systemPrincipal } from '@concordat/access-control';

const OPERATOR = systemPrincipal('system:test');

const partnershipId = 'orkney';
const establish = () =>
  aCommand<PartnershipCommand>(
    'EstablishPartnership',
    {
      partnershipId,
      name: 'Orkney Partnership',
      councilArea: 'Orkney Islands',
      quorum: { minimumMembersPresent: 2, chairMustAttend: false },
    },
    { actor: 'user:officer', correlationId: 'req-42' },
  );
const admit = (partnerId: string) =>
  aCommand<PartnershipCommand>('AdmitPartner', {
    partnershipId,
    partnerId,
    organisation: `Organisation ${partnerId}`,
    sector: 'third_sector',
  });

async function streamOf(context: ApplicationTestContext): Promise<StoredEvent[]> {
  const events: StoredEvent[] = [];
  for await (const event of context.store.readStream(partnershipStreamId(partnershipId))) {
    events.push(event);
  }
  return events;
}

describe('partnership commands through the command bus, on PostgreSQL', () => {
  let context: ApplicationTestContext;

  beforeEach(async () => {
    context = await startApplicationOnPostgres();
  });

  afterEach(async () => {
    await context.close();
  });

  it('records the events with who, why and when', async () => {
    const command = establish();
    const outcome = await context.commandBus.execute(
      new PartnershipCommandMessage(command, OPERATOR),
    );

    const [event] = await streamOf(context);
    expect(outcome).toMatchObject({ revision: 0n, alreadyHandled: false });
    expect(event?.globalPosition).toBe(outcome.positions[0]);
    expect(event?.metadata).toEqual({
      actor: 'user:officer',
      correlationId: 'req-42',
      causationId: command.metadata.commandId,
      commandId: command.metadata.commandId,
      occurredAt: command.metadata.issuedAt,
    });
  });

  it('answers a retried command with its first outcome and writes nothing', async () => {
    const command = establish();
    const first = await context.commandBus.execute(
      new PartnershipCommandMessage(command, OPERATOR),
    );
    await context.commandBus.execute(new PartnershipCommandMessage(admit('a'), OPERATOR));

    const retry = await context.commandBus.execute(
      new PartnershipCommandMessage(command, OPERATOR),
    );

    expect(retry).toEqual({ ...first, alreadyHandled: true });
    expect(await streamOf(context)).toHaveLength(2);
  });

  it('decides again when another writer got there first, so concurrent commands all land', async () => {
    await context.commandBus.execute(new PartnershipCommandMessage(establish(), OPERATOR));

    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((id) =>
        context.commandBus.execute(new PartnershipCommandMessage(admit(id), OPERATOR)),
      ),
    );

    const revisions = (await streamOf(context)).map((event) => event.streamRevision);
    expect(revisions).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
  });

  it('refuses a command made against a revision that is no longer current', async () => {
    await context.commandBus.execute(new PartnershipCommandMessage(establish(), OPERATOR));
    await context.commandBus.execute(new PartnershipCommandMessage(admit('a'), OPERATOR));

    const stale = context.commandBus.execute(
      new PartnershipCommandMessage(admit('b'), OPERATOR, 0n),
    );

    await expect(stale).rejects.toBeInstanceOf(EventStoreError);
    expect(await streamOf(context)).toHaveLength(2);
  });

  it('writes nothing when a rule says no', async () => {
    await context.commandBus.execute(new PartnershipCommandMessage(establish(), OPERATOR));

    const again = context.commandBus.execute(new PartnershipCommandMessage(establish(), OPERATOR));

    await expect(again).rejects.toThrow(RuleViolation);
    await expect(again).rejects.toMatchObject({ rule: PartnershipRule.CannotBeEstablishedTwice });
    expect(await streamOf(context)).toHaveLength(1);
  });
});
