import fc from 'fast-check';
import { aCommand } from '../testing/command-builder';
import { checkDeciderProperties } from '../testing/decider-properties';
import type { AgreementCommand } from './agreement.commands';
import type { AgreementContext } from './agreement.context';
import { agreementDecider } from './agreement.decider';
import {
  amendmentContext,
  amendmentDecision,
  draftData,
  draftingContext,
  employmentRate,
  of,
} from './testing/agreement-fixtures';

const command = aCommand<AgreementCommand>;

describe('the agreement decider', () => {
  it('replays any command sequence to the state built step by step, and refuses without changing', () => {
    const text = fc.constantFrom('', ' ', 'Fewer people smoke', 'Sustained work');
    const decision = fc.option(fc.constant(amendmentDecision), { nil: undefined });
    const nationalOutcomeId = fc.constantFrom('no1', 'no2', 'no99');
    const localOutcomeId = fc.constantFrom('lo-a', 'lo-b');
    const intermediateOutcomeId = fc.constantFrom('io-a', 'lo-a');
    const indicatorId = fc.constantFrom('ind-a', 'ind-b');
    const date = fc.constantFrom('2008-06-01', '2011-03-31', '2030-01-01', 'later');
    const definition = fc.record({
      title: text,
      source: fc.constantFrom(
        employmentRate.source,
        { kind: 'local_menu', menuIndicatorId: 'lm-smoking' },
        { kind: 'local' },
        { kind: 'national', nationalIndicatorId: 'ni-unknown' },
      ),
      unit: fc.constant('%'),
      baseline: fc.constant(employmentRate.baseline),
      target: fc.constantFrom(employmentRate.target, employmentRate.baseline),
      direction: fc.constantFrom('increase', 'decrease', 'up'),
    });
    const anyCommand: fc.Arbitrary<AgreementCommand> = fc.oneof(
      fc
        .constantFrom('single_outcome_agreement', 'bogus')
        .map((kind) => command('DraftAgreement', { ...draftData, kind })),
      fc.record({ nationalOutcomeId, localPriority: text, decision }).map((d) =>
        command('WriteSection', {
          ...of,
          ...d,
          areaProfile: '',
          keyLocalCauses: '',
          pastTrends: '',
          crossReferences: [],
        }),
      ),
      fc
        .record({ nationalOutcomeId, localOutcomeId, title: text, decision })
        .map((d) => command('AddLocalOutcome', { ...of, ...d, description: 'Why it matters' })),
      fc
        .record({ localOutcomeId, title: text, decision })
        .map((d) => command('ReviseLocalOutcome', { ...of, ...d, description: 'Revised' })),
      fc
        .record({ localOutcomeId, reason: text, decision })
        .map((d) => command('RetireLocalOutcome', { ...of, ...d })),
      fc
        .record({ localOutcomeId, intermediateOutcomeId, title: text, decision })
        .map((d) => command('AddIntermediateOutcome', { ...of, ...d })),
      fc
        .record({ intermediateOutcomeId, reason: text, decision })
        .map((d) => command('RetireIntermediateOutcome', { ...of, ...d })),
      fc
        .record({
          indicatorId,
          outcomeId: fc.constantFrom('lo-a', 'io-a', 'lo-x'),
          definition,
          decision,
        })
        .map(({ definition: def, ...d }) => command('AddIndicator', { ...of, ...d, ...def })),
      fc
        .record({ indicatorId, definition, decision })
        .map(({ definition: def, ...d }) => command('ReviseIndicator', { ...of, ...d, ...def })),
      fc
        .record({ indicatorId, reason: text, decision })
        .map((d) => command('RetireIndicator', { ...of, ...d })),
      fc.constant(command('SubmitAgreement', of)),
      text.map((reason) => command('ReturnAgreementToDraft', { ...of, reason })),
      fc
        .record({ party: fc.constantFrom('council', 'government', 'police'), signedOn: date })
        .map((d) =>
          command('SignAgreement', { ...of, ...d, signatory: { name: 'A Name', role: 'A Role' } }),
        ),
      fc
        .record({ on: date, decision })
        .map((d) => command('SupersedeAgreement', { ...of, ...d, supersededBy: 'soa-next' })),
      fc
        .record({ on: date, reason: text, decision })
        .map((d) => command('CloseAgreement', { ...of, ...d })),
    );
    const context: AgreementContext = { ...draftingContext, ...amendmentContext };
    /** A valid way to agreement, of which a random part leads each sequence, to reach every status. */
    const toAgreement: AgreementCommand[] = [
      command('DraftAgreement', draftData),
      command('AddLocalOutcome', {
        ...of,
        nationalOutcomeId: 'no2',
        localOutcomeId: 'lo-a',
        title: 'Jobs',
        description: 'Why',
      }),
      command('AddIndicator', {
        ...of,
        indicatorId: 'ind-a',
        outcomeId: 'lo-a',
        ...employmentRate,
      }),
      command('SubmitAgreement', of),
      command('SignAgreement', {
        ...of,
        party: 'council',
        signatory: { name: 'A Name', role: 'A Role' },
        signedOn: '2008-05-30',
      }),
      command('SignAgreement', {
        ...of,
        party: 'government',
        signatory: { name: 'A Name', role: 'A Role' },
        signedOn: '2008-05-31',
      }),
    ];
    const totals = checkDeciderProperties(
      agreementDecider,
      fc
        .tuple(
          fc.integer({ min: 1, max: toAgreement.length }),
          fc.array(anyCommand, { maxLength: 30 }),
        )
        .map(([steps, rest]) => [...toAgreement.slice(0, steps), ...rest]),
      () => context,
    );
    expect(totals.accepted).toBeGreaterThan(0);
    expect(totals.refused).toBeGreaterThan(0);
  });
});
