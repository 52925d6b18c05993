import { useState } from 'react';
import { ACCEPT_COMMITMENT } from '../api/commands';
import type { AcceptingDecision, CommitmentDetail } from '../api/commitment-view';
import { hrefTo } from '../routing/route';
import { ErrorSummary, SelectField } from './fields';
import { useCommand } from './use-command';

const FORM = 'accept';

/**
 * The board accepts a proposal by a decision it carried about it; the form offers those
 * decisions, and points to the meetings page when there is none yet.
 */
export function AcceptCommitmentForm({
  partnershipId,
  commitment,
  decisions,
}: {
  partnershipId: string;
  commitment: CommitmentDetail;
  decisions: readonly AcceptingDecision[];
}) {
  const accepting = decisions.filter(
    (decision) => decision.carried && decision.kind === 'accept_commitment',
  );
  const [chosen, setChosen] = useState(accepting[0]?.id ?? '');
  const { run, errors, sending } = useCommand(ACCEPT_COMMITMENT);
  const decision = accepting.find((candidate) => candidate.id === chosen) ?? accepting[0];
  return (
    <section aria-labelledby="accept-heading" className="concordat-form">
      <h2 id="accept-heading">Accept this commitment</h2>
      {!decision ? (
        <p>
          The board has not yet carried a decision to accept it.{' '}
          <a href={hrefTo({ page: 'meetings', partnershipId })}>Record the board&apos;s decision</a>{' '}
          first.
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run({
              partnershipId,
              commitmentId: commitment.id,
              decision: { meetingId: decision.meetingId, decisionId: decision.id },
              expectedRevision: commitment.revision,
            });
          }}
        >
          <ErrorSummary form={FORM} errors={errors} />
          <SelectField
            form={FORM}
            name="decision"
            label="Under the board's decision"
            value={decision.id}
            onChange={setChosen}
            options={accepting.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.decidedOn}: ${candidate.rationale}`,
            }))}
            errors={errors}
          />
          <button className="ds_button" type="submit" disabled={sending}>
            Accept the commitment
          </button>
        </form>
      )}
    </section>
  );
}
