import { useState } from 'react';
import { evidenceBundleDirectory, fetchEvidenceBundle } from '../api/evidence';
import { saveFile } from '../components/save-file';
import { commandErrorsOf, NO_ERRORS } from '../forms/command-errors';
import { ErrorSummary } from '../forms/fields';
import { mayPerform } from '../session/permissions';
import type { Session } from '../session/session';

/**
 * The partnership's evidence bundle, for the roles that may take it: its events, each with a
 * proof against the latest checkpoint, and a signed manifest, checked offline with the command
 * shown beside the button. Offered once a checkpoint has been signed.
 */
export function EvidenceDownload({
  session,
  partnershipId,
  signed,
}: {
  session: Session;
  partnershipId: string;
  signed: boolean;
}) {
  const [errors, setErrors] = useState(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const directory = evidenceBundleDirectory(partnershipId);
  const download = async () => {
    setBusy(true);
    try {
      saveFile(`${directory}.tar.gz`, await fetchEvidenceBundle(session.token, partnershipId));
      setErrors(NO_ERRORS);
    } catch (error: unknown) {
      setErrors(commandErrorsOf(error));
    } finally {
      setBusy(false);
    }
  };
  const verification = (
    <code>
      tar -xzf {directory}.tar.gz && npx concordat audit verify --bundle {directory}
    </code>
  );
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence bundle</h2>
      <p>
        The partnership&apos;s events, each with a proof against the latest signed checkpoint, and a
        manifest signed with the checkpoint key. Check it offline with {verification}.
      </p>
      {!mayPerform(session, 'downloadEvidence') ? (
        <p>Auditors and platform administrators may download it.</p>
      ) : signed ? (
        <>
          <ErrorSummary form="evidence" errors={errors} />
          <button
            className="ds_button"
            type="button"
            disabled={busy}
            onClick={() => void download()}
          >
            Download the evidence bundle
          </button>
        </>
      ) : (
        <p>It can be downloaded once the server has signed a checkpoint.</p>
      )}
    </section>
  );
}
