import { specify } from '@concordat/shared-kernel/testing/decider-specification';
import { commitmentDecider } from './commitment.decider';
import { CommitmentRule } from './commitment.rules';
import type { CommitmentState } from './commitment.state';
import { about, clearFlag, flag } from './testing/commitment-commands';
import {
  accepted,
  decided,
  delivered,
  flagged,
  jointTerms,
  proposed,
  reference,
  rejected,
  withdrawn,
} from './testing/commitment-fixtures';

const spec = specify(commitmentDecider);

describe('a commitment whose party leaves', () => {
  describe('flags for the board', () => {
    const joint = [proposed(jointTerms()), accepted];

    it('are raised when a party leaves the partnership', () => {
      spec
        .given(joint)
        .when(flag('nhs'))
        .then([flagged('nhs')]);
      spec
        .given([proposed(jointTerms())])
        .when(flag('council'))
        .then([flagged('council')]);
    });

    it('are raised once per party, so the reaction may run again', () => {
      spec
        .given([...joint, flagged('nhs')])
        .when(flag('nhs'))
        .then([]);
      spec
        .given([...joint, flagged('nhs')])
        .when(flag('council'))
        .then([flagged('council')]);
    });

    it('are not raised on a closed commitment, which is not a refusal', () => {
      spec
        .given([...joint, delivered])
        .when(flag())
        .then([]);
      spec
        .given([proposed(jointTerms()), rejected])
        .when(flag())
        .then([]);
    });

    it('name a party to the commitment', () => {
      spec
        .given(joint)
        .when(flag('police'))
        .thenViolates(CommitmentRule.FlagMustNameAPartyToTheCommitment);
    });

    it('give a reason', () => {
      spec.given(joint).when(flag('nhs', ' ')).thenViolates(CommitmentRule.TextMustNotBeBlank);
    });

    it.each(['hold_partner_to_account', 'other'] as const)(
      'are cleared by a decision to %s',
      (kind) => {
        spec
          .given([...joint, flagged('nhs')], decided(kind))
          .when(clearFlag('nhs', kind))
          .then([
            {
              type: 'CommitmentFlagCleared',
              schemaVersion: 1,
              data: {
                ...about,
                partnerId: 'nhs',
                decision: reference(kind),
                decidedOn: '2008-09-15',
              },
            },
          ]);
      },
    );

    it('are cleared only by a decision about this commitment', () => {
      spec
        .given([...joint, flagged('nhs')], decided('hold_partner_to_account', { kind: 'escalate' }))
        .when(clearFlag())
        .thenViolates(CommitmentRule.FlagCanOnlyBeClearedByABoardDecision);
      spec
        .given(
          [...joint, flagged('nhs')],
          decided('hold_partner_to_account', { subjects: [{ kind: 'partner', id: 'nhs' }] }),
        )
        .when(clearFlag())
        .thenViolates(CommitmentRule.FlagCanOnlyBeClearedByABoardDecision);
    });

    it('are cleared only when raised', () => {
      spec
        .given([...joint, flagged('nhs')], decided('hold_partner_to_account'))
        .when(clearFlag('council'))
        .thenViolates(CommitmentRule.OnlyARaisedFlagCanBeCleared);
    });

    it('go when the commitment closes, as nothing is left for the board to act on', () => {
      const state = [...joint, flagged('nhs'), withdrawn].reduce<CommitmentState>(
        commitmentDecider.evolve,
        commitmentDecider.initialState(),
      );
      expect(state).not.toHaveProperty('flags');
      expect(state).toMatchObject({
        status: 'withdrawn',
        acceptedBy: reference('accept_commitment'),
      });
    });
  });
});
