import { useState } from 'react';
import { RECORD_DECISION } from '../api/commands';
import type { CommitmentLine } from '../api/commitment-line';
import type { MeetingLine, PartnerLine } from '../api/meetings-view';
import { ErrorSummary, SelectField, TextField } from './fields';
import { newId, useCommand } from './use-command';

const FORM = 'decision';

const KINDS = [
  ['accept_commitment', 'Accept a commitment'],
  ['reject_commitment', 'Reject a commitment'],
  ['approve_commitment_revision', 'Approve a revision of a commitment'],
  ['hold_partner_to_account', 'Hold a partner to account'],
  ['escalate', 'Escalate'],
  ['commission_work', 'Commission work'],
  ['approve_amendment', 'Approve an amendment to the agreement'],
  ['accept_annual_report', 'Accept the annual report'],
  ['other', 'Other'],
] as const;

const SUBJECT_KINDS = ['commitment', 'outcome', 'agreement', 'partner', 'annual_report'] as const;

/** Decisions about proposals name one of the commitments still proposed. */
const ABOUT_A_PROPOSAL: ReadonlySet<string> = new Set(['accept_commitment', 'reject_commitment']);

/**
 * Records what the board decided at a meeting. Everyone present takes part; the vote, when
 * there was one, is counted among them.
 */
export function RecordDecisionForm({
  partnershipId,
  meetings,
  proposed,
  partners,
}: {
  partnershipId: string;
  meetings: readonly MeetingLine[];
  proposed: readonly CommitmentLine[];
  /** Who may own an action the board asks for. */
  partners: readonly PartnerLine[];
}) {
  const latestFirst = [...meetings].reverse();
  const [meetingId, setMeetingId] = useState(latestFirst[0]?.id ?? '');
  const [kind, setKind] = useState<string>('accept_commitment');
  const [subjectKind, setSubjectKind] = useState<string>('commitment');
  const [subjectId, setSubjectId] = useState(proposed[0]?.id ?? '');
  const [rationale, setRationale] = useState('');
  const [votesFor, setVotesFor] = useState('');
  const [votesAgainst, setVotesAgainst] = useState('0');
  const [abstentions, setAbstentions] = useState('0');
  const [actionDescription, setActionDescription] = useState('');
  const [actionDue, setActionDue] = useState('');
  const [actionOwner, setActionOwner] = useState(partners[0]?.id ?? '');
  const { run, errors, sending } = useCommand(RECORD_DECISION);
  const meeting = meetings.find((candidate) => candidate.id === meetingId);
  const aboutProposal = ABOUT_A_PROPOSAL.has(kind);
  const subject = aboutProposal
    ? { kind: 'commitment', id: subjectId || (proposed[0]?.id ?? '') }
    : { kind: subjectKind, id: subjectId };
  return (
    <section aria-labelledby="decision-heading" className="concordat-form">
      <h2 id="decision-heading">Record a decision</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const attendees = meeting?.attendees ?? [];
          void run({
            partnershipId,
            meetingId,
            decisionId: newId('d'),
            kind,
            rationale,
            subjects: [subject],
            takingPart: attendees,
            vote: votesFor
              ? {
                  for: Number(votesFor),
                  against: Number(votesAgainst),
                  abstain: Number(abstentions),
                }
              : undefined,
            actions: actionDescription
              ? [
                  {
                    actionId: newId('a'),
                    description: actionDescription,
                    dueDate: actionDue,
                    owner: { kind: 'partner', id: actionOwner },
                  },
                ]
              : [],
          }).then((sent) => {
            if (!sent) return;
            setRationale('');
            setActionDescription('');
          });
        }}
      >
        <ErrorSummary form={FORM} errors={errors} />
        <SelectField
          form={FORM}
          name="meetingId"
          label="At the meeting of"
          value={meetingId}
          onChange={setMeetingId}
          options={latestFirst.map((candidate) => ({
            value: candidate.id,
            label: `${candidate.date}, ${candidate.location}${candidate.quorate ? '' : ' (not quorate)'}`,
          }))}
          errors={errors}
        />
        <SelectField
          form={FORM}
          name="kind"
          label="What the board decided"
          value={kind}
          onChange={setKind}
          options={KINDS.map(([value, label]) => ({ value, label }))}
          errors={errors}
        />
        {aboutProposal ? (
          <SelectField
            form={FORM}
            name="subjects"
            label="About the proposed commitment"
            value={subject.id}
            onChange={setSubjectId}
            options={proposed.map((commitment) => ({
              value: commitment.id,
              label: `${commitment.action} (${commitment.leadPartnerName ?? 'no lead'})`,
            }))}
            errors={errors}
          />
        ) : (
          <>
            <SelectField
              form={FORM}
              name="subjects.0.kind"
              label="About a"
              value={subjectKind}
              onChange={setSubjectKind}
              options={SUBJECT_KINDS.map((value) => ({ value, label: value.replace('_', ' ') }))}
              errors={errors}
            />
            <TextField
              form={FORM}
              name="subjects.0.id"
              label="Its id"
              value={subjectId}
              onChange={setSubjectId}
              errors={errors}
            />
          </>
        )}
        <TextField
          form={FORM}
          name="rationale"
          label="Why"
          multiline
          value={rationale}
          onChange={setRationale}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="vote.for"
          label="Votes for"
          hint="Leave empty when the board decided without a vote."
          type="number"
          value={votesFor}
          onChange={setVotesFor}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="vote.against"
          label="Votes against"
          type="number"
          value={votesAgainst}
          onChange={setVotesAgainst}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="vote.abstain"
          label="Abstentions"
          type="number"
          value={abstentions}
          onChange={setAbstentions}
          errors={errors}
        />
        <fieldset className="ds_question">
          <legend>An action the board asked for (optional)</legend>
          <TextField
            form={FORM}
            name="actions.0.description"
            label="What is to be done"
            value={actionDescription}
            onChange={setActionDescription}
            errors={errors}
          />
          <TextField
            form={FORM}
            name="actions.0.dueDate"
            label="Due by"
            type="date"
            value={actionDue}
            onChange={setActionDue}
            errors={errors}
          />
          <SelectField
            form={FORM}
            name="actions.0.owner.id"
            label="Owned by"
            value={actionOwner}
            onChange={setActionOwner}
            options={partners.map((partner) => ({
              value: partner.id,
              label: partner.organisation,
            }))}
            errors={errors}
          />
        </fieldset>
        <button className="ds_button" type="submit" disabled={sending || !meetingId}>
          Record the decision
        </button>
      </form>
    </section>
  );
}
