import { useState } from 'react';
import { REPORT_PROGRESS } from '../api/commands';
import type { CommitmentDetail } from '../api/commitment-view';
import { ErrorSummary, SelectField, TextField } from './fields';
import { useCommand } from './use-command';

const FORM = 'progress';

const STATUSES = [
  { value: 'on_track', label: 'On track' },
  { value: 'at_risk', label: 'At risk (needs evidence)' },
  { value: 'off_track', label: 'Off track (needs evidence)' },
];

/** A party's representative or an officer reports how the commitment is going for a period. */
export function ReportProgressForm({
  partnershipId,
  commitment,
}: {
  partnershipId: string;
  commitment: CommitmentDetail;
}) {
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const [status, setStatus] = useState('on_track');
  const [note, setNote] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const { run, errors, sending } = useCommand(REPORT_PROGRESS);
  return (
    <section aria-labelledby="progress-heading" className="concordat-form">
      <h2 id="progress-heading">Report progress</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run({
            partnershipId,
            commitmentId: commitment.id,
            status,
            note,
            evidenceUrl: evidenceUrl || undefined,
            period: { start, end },
            expectedRevision: commitment.revision,
          }).then((sent) => {
            if (sent) setNote('');
          });
        }}
      >
        <ErrorSummary form={FORM} errors={errors} />
        <TextField
          form={FORM}
          name="period.start"
          label="Period from"
          type="date"
          value={start}
          onChange={setStart}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="period.end"
          label="Period to"
          type="date"
          value={end}
          onChange={setEnd}
          errors={errors}
        />
        <SelectField
          form={FORM}
          name="status"
          label="How it is going"
          value={status}
          onChange={setStatus}
          options={STATUSES}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="note"
          label="What happened"
          multiline
          value={note}
          onChange={setNote}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="evidenceUrl"
          label="Link to the evidence"
          hint="An https link; needed when the commitment is at risk or off track."
          type="url"
          value={evidenceUrl}
          onChange={setEvidenceUrl}
          errors={errors}
        />
        <button className="ds_button" type="submit" disabled={sending}>
          Report progress
        </button>
      </form>
    </section>
  );
}
