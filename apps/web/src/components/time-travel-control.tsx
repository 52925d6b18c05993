import { useState } from 'react';
import { formatInstant, toLocalInput } from './format';

/**
 * Shows a view as the record stood at a chosen moment (what had been recorded by then), or as it
 * stands now. The moment is part of the page's address, so a past view can be shared.
 */
export function TimeTravelControl({
  asOf,
  onChange,
}: {
  asOf: string | undefined;
  onChange: (asOf: string | undefined) => void;
}) {
  const [moment, setMoment] = useState(asOf ? toLocalInput(asOf) : '');
  return (
    <form
      className="concordat-time-travel"
      aria-label="Time travel"
      onSubmit={(event) => {
        event.preventDefault();
        const instant = new Date(moment);
        onChange(Number.isNaN(instant.getTime()) ? undefined : instant.toISOString());
      }}
    >
      <div className="ds_question">
        <label className="ds_label" htmlFor="as-of">
          Show the record as it stood at
        </label>
        <p className="ds_hint-text" id="as-of-hint">
          A date and time: the view then shows only what had been recorded by that moment.
        </p>
        <input
          className="ds_input ds_input--fixed-20"
          id="as-of"
          type="datetime-local"
          step={1}
          aria-describedby="as-of-hint"
          value={moment}
          onChange={(event) => setMoment(event.target.value)}
        />
      </div>
      <div className="ds_button-group">
        <button className="ds_button ds_button--secondary ds_button--small" type="submit">
          Show that moment
        </button>
        {asOf && (
          <button
            className="ds_button ds_button--cancel ds_button--small"
            type="button"
            onClick={() => {
              setMoment('');
              onChange(undefined);
            }}
          >
            Back to now
          </button>
        )}
      </div>
      <p className="concordat-as-of" role="status">
        {asOf
          ? `Showing the record as it stood at ${formatInstant(asOf)}.`
          : 'Showing the record as it stands now.'}
      </p>
    </form>
  );
}
