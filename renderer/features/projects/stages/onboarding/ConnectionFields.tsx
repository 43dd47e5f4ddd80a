/**
 * Planned dates, connection type (from the costing page, with its price) and the live cost estimate, and
 * the cost code a chargeable connection needs.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { estimateCost, formatPounds, isChargeable, type ConnectionType } from '../../../../../shared/domain';
import { ChoiceFieldset } from '../../../../components/form/ChoiceFieldset';
import { Field } from '../../../../components/form/Field';
import type { OnboardingValues } from './onboarding-values';
import { DateInput } from '../../../../components/form/DateInput';
import { Link } from 'react-router';
import { settingsSectionPath } from '../../../../app/go-to-section';

const UNIT_TEXT: Record<ConnectionType['unit'], string> = {
  'per-month': 'per month',
  'per-year': 'per year',
  'per-project': 'per project',
  free: '',
};

/** "£150.00 per month", or "Free". */
export function priceText(type: Pick<ConnectionType, 'pricePence' | 'unit'>): string {
  return isChargeable(type) ? `${formatPounds(type.pricePence)} ${UNIT_TEXT[type.unit]}` : 'Free';
}

/** The dates section: planned start and end. */
export function PlannedDatesFields({ form }: { form: UseFormReturn<OnboardingValues> }) {
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <fieldset className="form-section">
      <legend>Planned dates</legend>
      <div className="form-grid">
        <Field label="Planned start" error={errors.plannedStart?.message}>
          <DateInput {...register('plannedStart')} />
        </Field>
        <Field label="Planned end" error={errors.plannedEnd?.message}>
          <DateInput {...register('plannedEnd')} />
        </Field>
      </div>
    </fieldset>
  );
}

/** The connection section, with the cost estimate for the planned dates. */
export function ConnectionFields({
  form,
  connectionTypes,
}: {
  form: UseFormReturn<OnboardingValues>;
  connectionTypes: readonly ConnectionType[];
}) {
  const { register, control, formState } = form;
  const { errors } = formState;
  const [connectionTypeId, plannedStart, plannedEnd] = useWatch({
    control,
    name: ['connectionTypeId', 'plannedStart', 'plannedEnd'],
  });
  const chosen = connectionTypes.find((type) => type.id === connectionTypeId);
  const offered = connectionTypes.filter((type) => type.active || type.id === connectionTypeId);
  const estimate = chosen
    ? estimateCost(chosen, plannedStart || undefined, plannedEnd || undefined)
    : undefined;
  const chargeable = chosen ? isChargeable(chosen) : false;
  return (
    <fieldset className="form-section">
      <legend>Connection and cost</legend>
      <ChoiceFieldset
        legend="Connection type"
        error={errors.connectionTypeId?.message}
        className="connection-choices"
      >
        {offered.length === 0 && (
          <p className="muted">
            The costing page has no connection types yet: add them in{' '}
            <Link to={settingsSectionPath('settings-connections')}>
              Settings, Connection types and prices
            </Link>
            .
          </p>
        )}
        {offered.map((type) => (
          <label key={type.id} className="choice choice-card">
            <input type="radio" value={type.id} {...register('connectionTypeId')} />
            <span>
              <span className="choice-title">
                {type.name} <span className="price">{priceText(type)}</span>
              </span>
              {type.description && <span className="choice-hint">{type.description}</span>}
            </span>
          </label>
        ))}
      </ChoiceFieldset>
      <div className="cost-estimate" aria-live="polite">
        <h3>Estimated cost</h3>
        {estimate === undefined ? (
          <p className="muted">Choose a connection type to see its cost for the planned dates.</p>
        ) : estimate.known ? (
          <>
            <p className="cost-amount">{formatPounds(estimate.pence)}</p>
            <p className="muted small">{estimate.explanation}</p>
          </>
        ) : (
          <p className="muted">{estimate.explanation}</p>
        )}
      </div>
      <div className="form-grid">
        <Field
          label="Cost code"
          required={chargeable}
          hint={
            chargeable ? `Needed: ${chosen?.name} is chargeable.` : 'Needed only for a chargeable connection.'
          }
          error={errors.costCode?.message}
        >
          <input type="text" {...register('costCode')} />
        </Field>
      </div>
    </fieldset>
  );
}
