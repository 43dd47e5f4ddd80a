/**
 * Adding a connection type to the costing page, or editing one: name, description, price in pounds with its
 * charging unit, whether it needs booking, and whether it is offered.
 */
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
import { Field } from '../../components/form/Field';
import { InlineForm } from '../../components/form/InlineForm';
import { schemaResolver } from '../../components/form/schema-resolver';
import { useRecordForm } from '../../components/form/use-record-form';
import { addConnectionType, updateConnectionType } from '../../db/repositories/catalogues';
import { poundsText, UNIT_CHOICE } from '../../components/catalogue-labels';

type Values = {
  name: string;
  description: string;
  price: string;
  unit: ConnectionUnit | '';
  needsBooking: boolean;
  active: boolean;
};

const fieldOf = (path: string) => (path === 'pricePence' ? 'price' : path);

/** Why the price as typed cannot be read, if it cannot. */
function priceIssue(price: string): string | undefined {
  const pence = parsePounds(price);
  if (price.trim() === '') return 'Enter the price in pounds, e.g. 1,200.00 (0 for a free connection).';
  if (pence === undefined) return 'Enter the price in pounds and pence, e.g. 1,200.00.';
  if (pence > MAX_PRICE_PENCE) return `The price must be at most ${formatPounds(MAX_PRICE_PENCE)}.`;
  return undefined;
}

/** The price typed in pounds is read with parsePounds; the rest is checked by the shared schema. */
const resolver = schemaResolver<Values, ConnectionValues>(ConnectionTypeFormSchema, {
  toInput: ({ price, ...values }) => {
    const pence = parsePounds(price);
    return { ...values, pricePence: pence !== undefined && pence <= MAX_PRICE_PENCE ? pence : 0 };
  },
  fieldOf,
  issuesOf: ({ price }) => {
    const message = priceIssue(price);
    return message ? [{ path: 'price', message }] : [];
  },
});

const valuesOf = (connection: ConnectionType | undefined): Values => ({
  name: connection?.name ?? '',
  description: connection?.description ?? '',
  price: connection ? poundsText(connection.pricePence) : '',
  unit: connection?.unit ?? '',
  needsBooking: connection?.needsBooking ?? false,
  active: connection?.active ?? true,
});

/** What the officer calls each field of a connection type. */
export const CONNECTION_FIELDS = {
  name: 'Connection name',
  description: 'Description',
  pricePence: 'Price',
  unit: 'Charged',
  needsBooking: 'Needs booking',
  active: 'Offered to new projects',
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
  const { register, errors, inlineForm } = useRecordForm<ConnectionType, Values, ConnectionValues>({
    record: connection,
    entity: 'connection-type',
    toValues: valuesOf,
    resolver,
    save: (values, { expectedRevision }) =>
      connection
        ? updateConnectionType(ctx, connection.id, expectedRevision, values)
        : addConnectionType(ctx, values),
    onSaved: onDone,
    fieldLabels: CONNECTION_FIELDS,
    errors: { fieldOf },
  });
  return (
    <InlineForm
      {...inlineForm}
      title={connection ? `Edit ${connection.name}` : 'Add a connection type'}
      submitLabel={connection ? 'Save changes' : 'Add connection type'}
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
