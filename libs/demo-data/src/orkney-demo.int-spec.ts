import { loadAggregate } from '@concordat/command-handling';
import { readEverything } from '@concordat/event-store/testing/read-everything';
import {
  agreementDecider,
  agreementStreamId,
  asKnownOn,
  commitmentDecider,
  commitmentStreamId,
  commitmentUpcasters,
  frameworkVersionDecider,
  frameworkVersionStreamId,
  indicatorObservationsDecider,
  indicatorObservationsStreamId,
  valueForPeriod,
} from '@concordat/domain';
import type { StoredEvent } from '@concordat/event-store';
import {
  startApplicationOnPostgres,
  type ApplicationTestContext,
} from '@concordat/application/testing/application-test-context';
import { orkneyDemo } from './orkney-demo';
import { QUITS_2009_10 } from './orkney/06-observations';
import { AGREEMENT_ID, COMMITMENT, DECISION, INDICATOR, NPF_2007, NPF_2011 } from './orkney/ids';
import { runDemo, type DemoOutcome } from './testing/run-demo';

describe('the Orkney demo story, through the command bus on PostgreSQL', () => {
  const steps = orkneyDemo();
  let context: ApplicationTestContext;
  let firstRun: DemoOutcome[];
  let afterFirstRun: StoredEvent[];

  beforeAll(async () => {
    context = await startApplicationOnPostgres();
    firstRun = await runDemo(context.commandBus, steps);
    afterFirstRun = await readEverything(context.store);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
  });

  it('accepts every step, each writing at least one event', () => {
    expect(firstRun).toHaveLength(steps.length);
    const refusedOrEmpty = firstRun.filter(
      ({ outcome }) => outcome.alreadyHandled || outcome.positions.length === 0,
    );
    expect(refusedOrEmpty.map(({ step }) => step.command.metadata.commandId)).toEqual([]);
    expect(afterFirstRun.length).toBeGreaterThanOrEqual(steps.length);
  });

  it('records who issued each command, and when', () => {
    const byCommand = new Map(steps.map(({ command }) => [command.metadata.commandId, command]));
    for (const event of afterFirstRun) {
      const commandId = event.metadata.commandId ?? '';
      const command = byCommand.get(commandId.replace(/:supersede$/, ''));
      expect(command).toBeDefined();
      expect(event.metadata).toMatchObject({
        actor: command?.metadata.actor,
        occurredAt: command?.metadata.issuedAt,
      });
    }
  });

  it('writes nothing when it is loaded a second time', async () => {
    const secondRun = await runDemo(context.commandBus, steps);

    expect(secondRun.filter(({ outcome }) => !outcome.alreadyHandled)).toEqual([]);
    secondRun.forEach(({ outcome }, index) =>
      expect(outcome.positions).toEqual(firstRun[index]?.outcome.positions),
    );
    expect(await readEverything(context.store)).toHaveLength(afterFirstRun.length);
  });

  it('leaves the agreement agreed, amended by the one December 2009 decision', async () => {
    const { state } = await loadAggregate(
      context.store,
      agreementDecider,
      agreementStreamId(AGREEMENT_ID),
    );
    expect(state).toMatchObject({ status: 'agreed', agreedOn: '2008-06-27' });
    const amendments = afterFirstRun.filter(
      (event) =>
        event.streamId === agreementStreamId(AGREEMENT_ID) && event.type === 'AgreementAmended',
    );
    expect(state.status !== 'none' && state.amendments).toBe(amendments.length);
    for (const amendment of amendments) {
      expect(amendment.data.decision).toEqual(DECISION.approveWarmHomesAmendment);
    }
  });

  it('shows the withdrawn commitment withdrawn, with its reason', async () => {
    const { state } = await loadAggregate(
      context.store,
      commitmentDecider,
      commitmentStreamId(COMMITMENT.ferryReview),
      commitmentUpcasters,
    );
    expect(state.status).toBe('withdrawn');
    const withdrawn = afterFirstRun.find(
      (event) =>
        event.streamId === commitmentStreamId(COMMITMENT.ferryReview) &&
        event.type === 'CommitmentWithdrawn',
    );
    expect(withdrawn?.data.reason).toMatch(/national ferries review/);
  });

  it('answers with the correction now, and with the original as known before it', async () => {
    const { state } = await loadAggregate(
      context.store,
      indicatorObservationsDecider,
      indicatorObservationsStreamId(AGREEMENT_ID, INDICATOR.quits),
    );
    expect(valueForPeriod(state, '2009-10')).toMatchObject({
      observationId: QUITS_2009_10.correction,
      value: QUITS_2009_10.correctedValue,
      supersedes: QUITS_2009_10.original,
    });
    expect(asKnownOn(state, '2009-10', '2010-09-28')).toMatchObject({
      observationId: QUITS_2009_10.original,
      value: QUITS_2009_10.originalValue,
    });
  });

  it('leaves the 2007 framework superseded by the 2011 one', async () => {
    const npf2007 = await loadAggregate(
      context.store,
      frameworkVersionDecider,
      frameworkVersionStreamId(NPF_2007),
    );
    const npf2011 = await loadAggregate(
      context.store,
      frameworkVersionDecider,
      frameworkVersionStreamId(NPF_2011),
    );
    expect(npf2007.state).toMatchObject({ status: 'superseded', supersededBy: NPF_2011 });
    expect(npf2011.state.status).toBe('published');
  });
});
