/**
 * One record in conflict: for every field both sides changed differently, this workstation's version beside
 * the team server's (who saved each, and when), and a choice per field. Nothing is chosen at first, and
 * "Save my choices" says which fields still need one; a refused save keeps every choice.
 */
import { useEffect, useRef, useState } from 'react';
import { formatInstant } from '../../../shared/dates';
import type { ConflictChoices, ConflictRow, ConflictSide } from '../../sync/types';
import { ConflictValue } from './ConflictValue';
import { fieldLabel } from './field-labels';
import { listWords, missingChoices } from './conflict-choices';
import { faultMessage } from '../../db/errors';

type Side = 'mine' | 'theirs';

const SIDE_NAMES: Record<Side, string> = { mine: 'This workstation', theirs: 'Team server' };

interface ConflictResolverProps {
  row: ConflictRow;
  resolve: (docId: string, choices: ConflictChoices) => Promise<void>;
  onResolved: (message: string) => void;
}

/** The two versions of one record, field by field, and the officer's choices. */
export function ConflictResolver({ row, resolve, onResolved }: ConflictResolverProps) {
  const [choices, setChoices] = useState<Partial<ConflictChoices>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [row.docId]);

  const labelOf = (field: string) => fieldLabel(row.type, field);
  const missing = missingChoices(row, choices).map(labelOf);
  const base = `conflict-${row.docId.replace(/[^a-zA-Z0-9-]/g, '-')}`;

  async function save() {
    if (missing.length > 0) {
      setProblem(`Not saved: choose a version of ${listWords(missing)} first.`);
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await resolve(row.docId, choices as ConflictChoices);
      onResolved(`Saved your choices for ${row.title}.`);
    } catch (error) {
      setProblem(`Not saved: ${faultMessage(error)} Your choices are kept.`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="panel conflict-resolver" aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`} ref={heading} tabIndex={-1}>
        {row.title}
      </h2>
      <p className="panel-intro">
        Found on {formatInstant(row.foundAt)}. This workstation and the team server changed the fields below
        differently. Choose which version of each to keep; your choice is recorded in the audit log.
      </p>
      <div className="conflict-grid conflict-sides">
        <SideHeading name={SIDE_NAMES.mine} side={row.mine} />
        <SideHeading name={SIDE_NAMES.theirs} side={row.theirs} />
      </div>
      {row.fields.map(({ field, mine, theirs }) => (
        <fieldset key={field} className="conflict-field">
          <legend>{labelOf(field)}</legend>
          <div className="conflict-grid">
            {(['mine', 'theirs'] as const).map((side) => {
              const id = `${base}-${field}-${side}`;
              return (
                <div key={side} className={`conflict-option${choices[field] === side ? ' chosen' : ''}`}>
                  <label>
                    <input
                      type="radio"
                      name={`${base}-${field}`}
                      value={side}
                      checked={choices[field] === side}
                      aria-describedby={`${id}-value`}
                      onChange={() => {
                        setChoices({ ...choices, [field]: side });
                        setProblem(null);
                      }}
                    />{' '}
                    Keep {side === 'mine' ? 'this workstation’s' : 'the team server’s'} version
                  </label>
                  <div id={`${id}-value`} className="conflict-value">
                    <ConflictValue value={side === 'mine' ? mine : theirs} field={field} />
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <p id={`${base}-missing`} className="field-hint">
        {missing.length > 0
          ? `Still to choose: ${listWords(missing)}.`
          : 'Every field has a choice: save when ready.'}
      </p>
      {problem && (
        <p role="alert" className="form-failure">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button"
          disabled={saving}
          aria-describedby={`${base}-missing`}
          onClick={() => void save()}
        >
          {saving ? 'Saving…' : 'Save my choices'}
        </button>
      </div>
    </section>
  );
}

/** "This workstation — saved by Alex Reed on 6 Dec 2026, 14:02". */
function SideHeading({ name, side }: { name: string; side: ConflictSide }) {
  return (
    <div className="conflict-side">
      <h3>{name}</h3>
      <p className="muted small">
        Saved by {side.by || 'someone unknown'} on {formatInstant(side.at)}
      </p>
    </div>
  );
}
