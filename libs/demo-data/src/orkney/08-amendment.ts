import type { DemoStep } from '../demo-step';
import { ACTOR, Chapter } from './chapter';
import { BOARD_2008, BoardSecretary, OFFICERS } from './04-meetings';
import { AGREEMENT_ID, DECISION, INDICATOR, LOCAL_OUTCOME, MEETING, OF_AGREEMENT } from './ids';

/**
 * December 2009: after the isles roadshow the board approves an amendment to the agreed
 * agreement, and the officer adds a warm homes outcome, its indicator and its section, each
 * citing that decision.
 */
export function amendmentChapter(): readonly DemoStep[] {
  const chapter = new Chapter(8, 'demo-warm-homes-amendment');
  const board = new BoardSecretary(chapter);
  const officer = ACTOR.officer;
  const decision = DECISION.approveWarmHomesAmendment;

  board.hold(
    MEETING.december2009,
    {
      date: '2009-12-15',
      location: 'Council Chamber, School Place, Kirkwall',
      attendees: BOARD_2008,
      apologies: [],
      otherAttendees: [OFFICERS.planning, OFFICERS.chiefExecutive, OFFICERS.government],
    },
    officer('2009-12-15 17:00'),
  );
  board.decide(
    decision,
    {
      kind: 'approve_amendment',
      subjects: [{ kind: 'agreement', id: AGREEMENT_ID }],
      rationale:
        'The isles roadshow heard, on every isle, that cold homes that cost too much to heat are ' +
        'the most pressing problem; Orkney has among the highest rates of fuel poverty in ' +
        'Scotland. The board amends the agreement to add a warm homes outcome under the ' +
        'inequalities national outcome, with an indicator, so that partners can commit to it.',
      takingPart: BOARD_2008,
      vote: { for: 7, against: 0, abstain: 1 },
      actions: [],
    },
    officer('2009-12-15 17:05'),
  );

  chapter.agreement(
    {
      type: 'AddLocalOutcome',
      data: {
        ...OF_AGREEMENT,
        decision,
        nationalOutcomeId: 'no7',
        localOutcomeId: LOCAL_OUTCOME.warmHomes,
        title: 'Warm homes: fewer households in fuel poverty',
        description:
          'Fewer Orkney households, above all older people on the isles, have to choose between ' +
          'heating and other essentials.',
      },
    },
    officer('2009-12-16 10:00'),
  );
  chapter.agreement(
    {
      type: 'AddIndicator',
      data: {
        ...OF_AGREEMENT,
        decision,
        indicatorId: INDICATOR.fuelPoverty,
        outcomeId: LOCAL_OUTCOME.warmHomes,
        title: 'Households in fuel poverty',
        source: { kind: 'local' },
        unit: 'percent of households',
        baseline: { value: 41, date: '2008-12-31' },
        target: { value: 35, date: '2012-03-31' },
        direction: 'decrease',
      },
    },
    officer('2009-12-16 10:15'),
  );
  chapter.agreement(
    {
      type: 'WriteSection',
      data: {
        ...OF_AGREEMENT,
        decision,
        nationalOutcomeId: 'no7',
        localPriority:
          'Lift Orkney households out of fuel poverty, starting with older people on the isles.',
        areaProfile:
          'Most homes are heated by oil, electricity or solid fuel, with no mains gas; many are ' +
          'old, stone-built and exposed to wind.',
        keyLocalCauses:
          'High fuel prices, a long heating season, hard-to-insulate houses and low incomes among ' +
          'older people.',
        pastTrends:
          'Fuel poverty has risen with oil prices since 2005 and is now well above the Scottish rate.',
        crossReferences: [
          {
            plan: 'Orkney Local Housing Strategy 2009-2014',
            reference: 'Fuel poverty and energy efficiency',
          },
          {
            plan: 'Isles roadshow report, November 2009',
            reference: 'What we heard: heating costs',
          },
        ],
      },
    },
    officer('2009-12-16 10:30'),
  );
  return chapter.steps;
}
