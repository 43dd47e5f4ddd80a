/**
 * Drop an NHS Data Security Awareness certificate on a person: main checks and keeps the PDF and reads its
 * text; DSH Desk reads the name, course and completion date from it and proposes the training record, with
 * the expiry the training rules give and the file as its evidence. Nothing is recorded until the officer
 * confirms; a certificate for someone else, or one that cannot be read, says so.
 */
import { useId, useRef, useState } from 'react';
import { addMonthsIso, formatLongDate } from '../../../../shared/dates';
import { trainingLabel, type Person } from '../../../../shared/domain';
import { isSameName, readDsaCertificate } from '../../../../shared/domain/dsa-certificate';
import { useWriteContext } from '../../../app/current-staff';
import { faultMessage } from '../../../db/errors';
import { letGoOfEvidence } from '../../../db/evidence-cleanup';
import { addTrainingWithEvidence, type KeptFile } from '../../../db/repositories/evidence-files';
import { getHost } from '../../../host';
import { bytesOf } from '../../../components/evidence/evidence-words';
import { FileDropZone } from '../../../components/evidence/FileDropZone';

/** The course the certificate proves, read and checked, waiting for the officer. */
interface Proposal {
  file: KeptFile;
  completedOn: string;
  expiresOn: string;
  reference: string;
}

/** The drop area and the proposal it leads to. */
export function DsaCertificateDrop({
  person,
  dsaValidityMonths,
}: {
  person: Pick<Person, 'id' | 'name'>;
  dsaValidityMonths: number;
}) {
  const ctx = useWriteContext();
  const referenceId = useId();
  const [busy, setBusy] = useState(false);
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const letting = useRef<Promise<unknown>>(Promise.resolve());

  /** Main kept the file to read it; a proposal the officer will not confirm leaves it to no record. */
  function letGo(sha256: string) {
    letting.current = letGoOfEvidence(ctx.db, getHost(), [sha256]).catch((error: unknown) =>
      // Only tidiness: the sweep at the next start removes it instead.
      console.error('DSH Desk: could not remove the file of a cancelled proposal', error),
    );
  }

  function cancel(current: Proposal) {
    setProposal(null);
    letGo(current.file.sha256);
  }

  async function read(file: File) {
    setBusy(true);
    setProblem(null);
    setNote(null);
    setProposal(null);
    try {
      // The same certificate dropped again just after a cancel: its removal must not follow its new keeping.
      await letting.current;
      const stored = await getHost().storeEvidenceFile({ fileName: file.name, bytes: await bytesOf(file) });
      if (stored.status === 'refused') return setProblem(`Not read: ${stored.message}`);
      const reading = readDsaCertificate(stored.text ?? '');
      if (reading.status !== 'read' || !isSameName(reading.name, person.name)) letGo(stored.sha256);
      if (reading.status === 'unreadable') {
        return setProblem(
          `${file.name} could not be read as an NHS Data Security Awareness certificate: DSH Desk found no ${reading.missing.join(', no ')} in it. Add the training by hand and attach the file to it.`,
        );
      }
      if (!isSameName(reading.name, person.name)) {
        return setProblem(
          `${file.name} is a certificate for ${reading.name}, not ${person.name}. Nothing was recorded.`,
        );
      }
      const { status: _status, text: _text, ...kept } = stored;
      setProposal({
        file: { ...kept, fileName: file.name },
        completedOn: reading.completedOn,
        expiresOn: addMonthsIso(reading.completedOn, dsaValidityMonths),
        reference: reading.reference ?? file.name,
      });
    } catch (error) {
      setProblem(`Not read: ${faultMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function confirm(current: Proposal) {
    setBusy(true);
    try {
      await addTrainingWithEvidence(
        ctx,
        {
          personId: person.id,
          kind: 'nhs-dsa-level-1',
          completedOn: current.completedOn,
          expiresOn: current.expiresOn,
          evidenceReference: current.reference.trim(),
        },
        current.file,
      );
      setProposal(null);
      setNote(
        `Recorded ${trainingLabel('nhs-dsa-level-1')} of ${person.name}, with ${current.file.fileName} kept as its evidence.`,
      );
    } catch (error) {
      setProblem(`Nothing was recorded: ${faultMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="dsa-drop">
      <FileDropZone
        label={`Read an NHS DSA certificate for ${person.name}`}
        hint="Choose or drop the certificate PDF: DSH Desk reads the name, course and completion date, and proposes the training record for you to confirm."
        busy={busy}
        onFile={(file) => void read(file)}
      />
      {proposal && (
        <div className="confirm-box" role="group" aria-labelledby={`${referenceId}-question`}>
          <p id={`${referenceId}-question`}>
            <strong>Record this training?</strong> {trainingLabel('nhs-dsa-level-1')} of {person.name},
            completed {formatLongDate(proposal.completedOn)}, valid until {formatLongDate(proposal.expiresOn)}{' '}
            ({dsaValidityMonths} months, the NHS DSA validity in Settings), with {proposal.file.fileName} kept
            as its evidence.
          </p>
          <p className="field">
            <label htmlFor={referenceId} className="field-label-text">
              Certificate or evidence reference
            </label>
            <input
              id={referenceId}
              type="text"
              value={proposal.reference}
              onChange={(event) => setProposal({ ...proposal, reference: event.target.value })}
            />
          </p>
          <div className="form-actions">
            <button type="button" className="button" disabled={busy} onClick={() => void confirm(proposal)}>
              Record this training
            </button>
            <button type="button" className="button secondary" onClick={() => cancel(proposal)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      {problem && (
        <p role="alert" className="form-failure">
          {problem}
        </p>
      )}
      <p role="status" className="saved-note">
        {busy ? 'Reading the certificate…' : note}
      </p>
    </div>
  );
}
