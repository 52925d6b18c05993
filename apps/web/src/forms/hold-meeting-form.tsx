import { useState } from 'react';
import { HOLD_BOARD_MEETING } from '../api/commands';
import type { BoardSeatLine } from '../api/meetings-view';
import { ErrorSummary, TextField, fieldId } from './fields';
import { newId, useCommand } from './use-command';

const FORM = 'meeting';

/** Records a board meeting: when, where, and which members attended; the rest sent apologies. */
export function HoldMeetingForm({
  partnershipId,
  board,
}: {
  partnershipId: string;
  board: readonly BoardSeatLine[];
}) {
  const [date, setDate] = useState('');
  const [location, setLocation] = useState('');
  const [present, setPresent] = useState<ReadonlySet<string>>(new Set());
  const { run, errors, sending } = useCommand(HOLD_BOARD_MEETING);
  const toggle = (personId: string) => {
    const next = new Set(present);
    if (next.has(personId)) next.delete(personId);
    else next.add(personId);
    setPresent(next);
  };
  const attendeesError = errors.fields['attendees'];
  return (
    <section aria-labelledby="meeting-heading" className="concordat-form">
      <h2 id="meeting-heading">Record a board meeting</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run({
            partnershipId,
            meetingId: newId('board'),
            date,
            location,
            attendees: board
              .filter((seat) => present.has(seat.personId))
              .map((seat) => seat.personId),
            apologies: board
              .filter((seat) => !present.has(seat.personId))
              .map((seat) => seat.personId),
          }).then((sent) => {
            if (sent) setPresent(new Set());
          });
        }}
      >
        <ErrorSummary form={FORM} errors={errors} />
        <TextField
          form={FORM}
          name="date"
          label="Date of the meeting"
          type="date"
          value={date}
          onChange={setDate}
          errors={errors}
        />
        <TextField
          form={FORM}
          name="location"
          label="Where it met"
          value={location}
          onChange={setLocation}
          errors={errors}
        />
        <fieldset
          id={fieldId(FORM, 'attendees')}
          className={attendeesError ? 'ds_question ds_question--error' : 'ds_question'}
        >
          <legend>Board members present</legend>
          <p className="ds_hint-text">Those not ticked are recorded as having sent apologies.</p>
          {attendeesError && <p className="ds_question__error-message">{attendeesError}</p>}
          {board.map((seat) => (
            <div className="ds_checkbox ds_checkbox--small" key={seat.personId}>
              <input
                className="ds_checkbox__input"
                id={`attendee-${seat.personId}`}
                type="checkbox"
                checked={present.has(seat.personId)}
                onChange={() => toggle(seat.personId)}
              />
              <label className="ds_checkbox__label" htmlFor={`attendee-${seat.personId}`}>
                {seat.name}
                {seat.isChair ? ' (chair)' : ''}
              </label>
            </div>
          ))}
        </fieldset>
        <button className="ds_button" type="submit" disabled={sending}>
          Record the meeting
        </button>
      </form>
    </section>
  );
}
