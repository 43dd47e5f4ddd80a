/**
 * Adding a connection type to the costing page, or editing one: name, description, price in pounds with its
 * charging unit, whether it needs booking, and whether it is offered.
 */
import { useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import {
  CONNECTION_UNITS,
  ConnectionTypeFormSchema,
  MAX_PRICE_PENCE,
  formatPounds,
  parsePounds,
  type ConnectionType,
  type ConnectionTypeForm as ConnectionValues,
  type ConnectionUnit,
} from '../../../shared/domain';
import { useWriteContext } from '../../app/current-staff';
import { useDirtyForm } from '../../components/form/DirtyForms';
import { Field } from '../../components/form/Field';
import { InlineForm } from '../../components/form/InlineForm';
import { reportSaveError } from '../../components/form/save-errors';
import { blankAsMissing, errorsFromIssues } from '../../components/form/schema-resolver';
import { addConnectionType, updateConnectionType } from '../../db/repositories/catalogues';
import { poundsText, UNIT_CHOICE } from './catalogue-labels';

type Values = {
  name: string;
  description: string;
  price: string;
  unit: ConnectionUnit | '';
  needsBooking: boolean;
  active: boolean;
};

const fieldOf = (path: string) => (path === 'pricePence' ? 'price' : path);

/** The price typed in pounds is read with parsePounds; the rest is checked by the shared schema. */
const resolver: Resolver<Values, unknown, ConnectionValues> = ({ price, ...values }) => {
  const pence = parsePounds(price);
  const parsed = ConnectionTypeFormSchema.safeParse(
    blankAsMissing({ ...values, pricePence: pence !== undefined && pence <= MAX_PRICE_PENCE ? pence : 0 }),
  );
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
  const priceIssue =
    price.trim() === ''
      ? 'Enter the price in pounds, e.g. 1,200.00 (0 for a free connection).'
      : pence === undefined
        ? 'Enter the price in pounds and pence, e.g. 1,200.00.'
        : pence > MAX_PRICE_PENCE
          ? `The price must be at most ${formatPounds(MAX_PRICE_PENCE)}.`
          : undefined;
  const all = priceIssue
    ? [{ path: 'price', message: priceIssue }, ...issues.filter((issue) => issue.path !== 'pricePence')]
    : issues;
  if (all.length > 0 || !parsed.success)
    return { values: {}, errors: errorsFromIssues<Values>(all, fieldOf) };
  return { values: parsed.data, errors: {} };
};

/** The form, shown in place. */
export function ConnectionTypeForm({
  connection,
  onDone,
}: {
  connection?: ConnectionType;
  onDone: (saved?: ConnectionType) => void;
}) {
  const ctx = useWriteContext();
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isDirty, isSubmitting },
  } = useForm<Values, unknown, ConnectionValues>({
    resolver,
    defaultValues: {
      name: connection?.name ?? '',
      description: connection?.description ?? '',
      price: connection ? poundsText(connection.pricePence) : '',
      unit: connection?.unit ?? '',
      needsBooking: connection?.needsBooking ?? false,
      active: connection?.active ?? true,
    },
  });
  useDirtyForm(isDirty);

  const submit = handleSubmit(async (form) => {
    setFailure(null);
    try {
      onDone(
        connection
          ? await updateConnectionType(ctx, connection.id, connection.revision, form)
          : await addConnectionType(ctx, form),
      );
    } catch (error) {
      setFailure(reportSaveError(error, setError, { fieldOf }));
    }
  });

  return (
    <InlineForm
      title={connection ? `Edit ${connection.name}` : 'Add a connection type'}
      onSubmit={submit}
      failure={failure}
      submitLabel={connection ? 'Save changes' : 'Add connection type'}
      submitting={isSubmitting}
      onCancel={() => onDone()}
    >
      <div className="form-grid">
        <Field label="Connection name" error={errors.name?.message} required>
          <input type="text" {...register('name')} />
        </Field>
        <Field
          label="Price in pounds (£)"
          error={errors.price?.message}
          required
          hint="e.g. 1,200.00; 0 for a free connection."
        >
          <input type="text" inputMode="decimal" {...register('price')} />
        </Field>
        <Field label="Charged" error={errors.unit?.message} required>
          <select {...register('unit')}>
            <option value="">Choose how it is charged</option>
            {CONNECTION_UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {UNIT_CHOICE[unit]}
              </option>
            ))}
          </select>
        </Field>
        <div className="field-wide">
          <Field
            label="Description"
            error={errors.description?.message}
            hint="Optional: what the researcher gets."
          >
            <textarea rows={2} {...register('description')} />
          </Field>
        </div>
      </div>
      <div className="checkbox-field">
        <input id="connection-booking" type="checkbox" {...register('needsBooking')} />
        <label htmlFor="connection-booking">
          Needs booking
          <span className="field-hint">
            Researchers book sessions in the calendar (as for the shared core connection).
          </span>
        </label>
      </div>
      <div className="checkbox-field">
        <input id="connection-active" type="checkbox" {...register('active')} />
        <label htmlFor="connection-active">
          Offered to new projects
          <span className="field-hint">Untick to stop offering it; projects that use it keep it.</span>
        </label>
      </div>
    </InlineForm>
  );
}
