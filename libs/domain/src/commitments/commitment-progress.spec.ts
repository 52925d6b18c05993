import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { commitmentDecider } from './commitment.decider';
import type { CommitmentEvent } from './commitment.events';
import { CommitmentRule } from './commitment.rules';
import { about, deliver, on, progress } from './testing/commitment-commands';
import {
  accepted,
  command,
  decideAfter,
  delivered,
  lapsed,
  proposed,
  refusalOf,
  rejected,
  withdrawn,
} from './testing/commitment-fixtures';

const spec = specify(commitmentDecider);

describe('a commitment under way', () => {
  describe('progress reports', () => {
    const reported = (
      status: 'on_track' | 'at_risk' | 'off_track',
      evidenceUrl: string | null,
    ) => ({
      type: 'CommitmentProgressReported' as const,
      schemaVersion: 1 as const,
      data: {
        ...about,
        status,
        note: 'one hub open, two to go',
        evidenceUrl,
        period: { start: '2009-04-01', end: '2010-03-31' },
      },
    });

    it('say on track without evidence, if need be', () => {
      spec
        .given([proposed(), accepted])
        .when(progress('on_track', null))
        .then([reported('on_track', null)]);
      spec
        .given([proposed(), accepted])
        .when(progress('on_track', '  '))
        .then([reported('on_track', null)]);
    });

    it.each(['at_risk', 'off_track'] as const)('say %s with a link to the evidence', (status) => {
      spec
        .given([proposed(), accepted])
        .when(progress(status, ' https://example.org/q4-report '))
        .then([reported(status, 'https://example.org/q4-report')]);
    });

    it.each([
      ['at_risk', null],
      ['off_track', ' '],
    ])('say %s only with evidence', (status, evidenceUrl) => {
      spec
        .given([proposed(), accepted])
        .when(progress(status, evidenceUrl))
        .thenViolates(CommitmentRule.SlippingCommitmentNeedsEvidence);
    });

    it.each([
      'http://example.org/report',
      'example.org/report',
      'ftp://example.org/r',
      'not a link',
    ])('link evidence over https only, not %j', (evidenceUrl) => {
      expect(
        refusalOf(() => decideAfter([proposed(), accepted], progress('at_risk', evidenceUrl))),
      ).toMatchObject({
        rule: CommitmentRule.EvidenceMustBeAnHttpsLink,
        field: 'evidenceUrl',
      });
    });

    it('wait for acceptance', () => {
      spec
        .given([proposed()])
        .when(progress('on_track', null))
        .thenViolates(CommitmentRule.ProgressCannotBeReportedBeforeAcceptance);
    });

    it.each<[string, CommitmentEvent[]]>([
      ['rejected', [proposed(), rejected]],
      ['delivered', [proposed(), accepted, delivered]],
      ['withdrawn', [proposed(), accepted, withdrawn]],
      ['lapsed', [proposed(), accepted, lapsed]],
    ])('stop once the commitment is %s', (_, history) => {
      spec
        .given(history)
        .when(progress('on_track', null))
        .thenViolates(CommitmentRule.ProgressCannotBeReportedAfterClosure);
    });

    it('have a known status', () => {
      spec
        .given([proposed(), accepted])
        .when(progress('fine', null))
        .thenViolates(CommitmentRule.ProgressStatusMustBeKnown);
    });

    it('have a note', () => {
      spec
        .given([proposed(), accepted])
        .when(
          command('ReportCommitmentProgress', {
            ...about,
            status: 'on_track',
            note: '',
            evidenceUrl: null,
            period: { start: '2009-04-01', end: '2010-03-31' },
          }),
        )
        .thenViolates(CommitmentRule.TextMustNotBeBlank);
    });

    it('speak for a period of real dates', () => {
      expect(
        refusalOf(() =>
          decideAfter(
            [proposed(), accepted],
            progress('on_track', null, { start: '2009-04-01', end: '2010-02-30' }),
          ),
        ),
      ).toMatchObject({ rule: CommitmentRule.DateMustBeAValidCalendarDate, field: 'period.end' });
    });

    it('speak for a period that ends after it starts', () => {
      spec
        .given([proposed(), accepted])
        .when(progress('on_track', null, { start: '2010-03-31', end: '2009-04-01' }))
        .thenViolates(CommitmentRule.ReportingPeriodCannotEndBeforeItStarts);
    });

    it('speak for a period that has begun', () => {
      spec
        .given([proposed(), accepted])
        .when(progress('on_track', null, { start: '2010-04-21', end: '2011-03-31' }))
        .thenViolates(CommitmentRule.ReportingPeriodMustHaveBegun);
    });
  });

  describe('delivery', () => {
    it('is recorded with evidence', () => {
      spec.given([proposed(), accepted]).when(deliver()).then([delivered]);
    });

    it('follows acceptance', () => {
      spec
        .given([proposed()])
        .when(deliver())
        .thenViolates(CommitmentRule.OnlyAnAcceptedCommitmentCanBeDelivered);
    });

    it('needs evidence', () => {
      spec
        .given([proposed(), accepted])
        .when(deliver('2010-11-30', ' '))
        .thenViolates(CommitmentRule.DeliveryNeedsEvidence);
    });

    it('links its evidence over https', () => {
      spec
        .given([proposed(), accepted])
        .when(deliver('2010-11-30', 'http://example.org/hubs'))
        .thenViolates(CommitmentRule.EvidenceMustBeAnHttpsLink);
    });

    it('is dated on a real day', () => {
      spec
        .given([proposed(), accepted])
        .when(deliver('2010-11-31'))
        .thenViolates(CommitmentRule.DateMustBeAValidCalendarDate);
    });

    it('cannot be dated after the day it is recorded', () => {
      spec
        .given([proposed(), accepted])
        .when(deliver('2010-12-02'))
        .thenViolates(CommitmentRule.DeliveryCannotBeDatedInTheFuture);
    });

    it('may be late, while the commitment has not lapsed', () => {
      const late = command(
        'RecordCommitmentDelivery',
        {
          ...about,
          deliveredOn: '2011-05-01',
          note: 'Last hub open',
          evidenceUrl: 'https://example.org/h',
        },
        on('2011-05-02'),
      );
      expect(decideAfter([proposed(), accepted], late)).toHaveLength(1);
    });
  });
});
