/** The catalogues the team maintains: applications researchers may ask for, and connection types with prices. */
import type { z } from 'zod';
import {
  MAX,
  choiceField,
  optionalText,
  recordFields,
  requiredText,
  strictForm,
  wholeNumberField,
  yesNoField,
} from './fields';

const applicationFields = {
  name: requiredText('Application name', MAX.name),
  version: optionalText('Version', MAX.short),
  description: optionalText('Description', MAX.description),
  active: yesNoField('Active'),
};

/** Adding or editing an application in the catalogue. */
export const ApplicationFormSchema = strictForm(applicationFields);
/** What the application form holds. */
export type ApplicationForm = z.infer<typeof ApplicationFormSchema>;

/** An application that can be installed in a project's environment. */
export const ApplicationSchema = strictForm({ ...recordFields, ...applicationFields });
/** An application of the catalogue. */
export type Application = z.infer<typeof ApplicationSchema>;

/** How a connection is charged. */
export const CONNECTION_UNITS = ['per-month', 'per-year', 'per-project', 'free'] as const;
/** How a connection is charged. */
export type ConnectionUnit = (typeof CONNECTION_UNITS)[number];

/** The most a connection may cost, in pence (£1,000,000). */
export const MAX_PRICE_PENCE = 100_000_000;

const connectionTypeFields = {
  name: requiredText('Connection name', MAX.name),
  description: optionalText('Description', MAX.description),
  pricePence: wholeNumberField('Price in pence', 0, MAX_PRICE_PENCE),
  unit: choiceField('Charging unit', CONNECTION_UNITS),
  needsBooking: yesNoField('Needs booking'),
  active: yesNoField('Active'),
};

/** A free connection costs nothing; a charged one costs something. */
function checkPrice(value: { pricePence: number; unit: ConnectionUnit }, ctx: z.RefinementCtx): void {
  if (value.unit === 'free' && value.pricePence !== 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['pricePence'],
      message: 'A free connection must have a price of £0.00.',
    });
  }
  if (value.unit !== 'free' && value.pricePence === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['pricePence'],
      message: 'Give a price above £0.00, or choose the unit ‘free’.',
    });
  }
}

/** Adding or editing a connection type on the costing page. */
export const ConnectionTypeFormSchema = strictForm(connectionTypeFields).superRefine(checkPrice);
/** What the connection type form holds. */
export type ConnectionTypeForm = z.infer<typeof ConnectionTypeFormSchema>;

/** A kind of connection to the DSH (e.g. the free core connection, or a chargeable dedicated one). */
export const ConnectionTypeSchema = strictForm({ ...recordFields, ...connectionTypeFields }).superRefine(
  checkPrice,
);
/** A connection type of the costing page. */
export type ConnectionType = z.infer<typeof ConnectionTypeSchema>;

/** True when choosing this connection costs money, so the project needs a cost code. */
export function isChargeable(connection: Pick<ConnectionType, 'pricePence' | 'unit'>): boolean {
  return connection.unit !== 'free' && connection.pricePence > 0;
}
