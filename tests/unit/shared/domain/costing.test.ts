import {
  estimateCost,
  formatPounds,
  parsePounds,
  startedMonths,
  type ConnectionType,
} from '../../../../shared/domain';
import { theCoreConnection, theDedicatedConnection } from '../../../helpers/domain-fixtures';

const monthly: ConnectionType = theDedicatedConnection({
  name: 'Monthly desktop',
  pricePence: 10_000,
  unit: 'per-month',
});
const yearly = theDedicatedConnection();
const flat = theDedicatedConnection({ name: 'Project server', pricePence: 50_000, unit: 'per-project' });

describe('formatPounds', () => {
  it.each([
    [0, '£0.00'],
    [5, '£0.05'],
    [123_456, '£1,234.56'],
    [100_000_000, '£1,000,000.00'],
  ])('%i pence is %s', (pence, text) => {
    expect(formatPounds(pence)).toBe(text);
  });
});

describe('parsePounds', () => {
  it.each([
    ['1200', 120_000],
    ['£1,200.50', 120_050],
    ['0.5', 50],
    [' 12.34 ', 1234],
  ])('%j is %i pence', (text, pence) => {
    expect(parsePounds(text)).toBe(pence);
  });

  it.each(['', 'abc', '12.345', '1,20', '-5'])('%j is not an amount', (text) => {
    expect(parsePounds(text)).toBeUndefined();
  });
});

describe('startedMonths', () => {
  it.each([
    ['2027-01-01', '2027-01-31', 1],
    ['2027-01-01', '2027-02-01', 1],
    ['2027-01-15', '2027-02-15', 1],
    ['2027-01-15', '2027-02-16', 2],
    ['2027-01-15', '2028-01-15', 12],
    ['2027-01-01', '2027-12-31', 12],
    ['2027-01-31', '2027-02-28', 1],
    ['2027-01-01', '2028-07-01', 18],
    ['2026-01-01', '2036-01-01', 120],
  ])('%s → %s is %i started months', (start, end, months) => {
    expect(startedMonths(start, end)).toBe(months);
  });
});

describe('estimateCost', () => {
  it('costs nothing on the free core connection', () => {
    expect(estimateCost(theCoreConnection(), '2027-01-01', '2028-07-01')).toEqual({
      known: true,
      pence: 0,
      explanation: 'Core connection is free: £0.00.',
    });
  });

  it('charges every started month of a per-month connection', () => {
    expect(estimateCost(monthly, '2027-01-01', '2028-07-01')).toEqual({
      known: true,
      pence: 180_000,
      explanation: '£100.00 a month × 18 months = £1,800.00',
    });
    expect(estimateCost(monthly, '2027-01-15', '2027-02-16')).toMatchObject({ pence: 20_000 });
    expect(estimateCost(monthly, '2027-01-15', '2027-02-15')).toMatchObject({
      explanation: '£100.00 a month × 1 month = £100.00',
    });
  });

  it('charges a per-year connection pro rata by started months', () => {
    expect(estimateCost(yearly, '2027-01-01', '2028-07-01')).toEqual({
      known: true,
      pence: 180_000,
      explanation: '£1,200.00 a year × 1.5 years = £1,800.00',
    });
    expect(estimateCost(yearly, '2027-01-01', '2027-12-31')).toMatchObject({
      pence: 120_000,
      explanation: '£1,200.00 a year × 1 year = £1,200.00',
    });
    expect(estimateCost(yearly, '2027-01-01', '2028-01-15')).toMatchObject({
      pence: 130_000,
      explanation: '£1,200.00 a year × 13/12 years = £1,300.00',
    });
  });

  it('rounds a per-year price to the nearest penny', () => {
    const thousand = theDedicatedConnection({ pricePence: 100_000 });
    expect(estimateCost(thousand, '2027-01-01', '2027-01-20')).toMatchObject({ pence: 8_333 });
  });

  it('charges a per-project connection once, with or without dates', () => {
    const expected = { known: true, pence: 50_000, explanation: '£500.00 for the whole project = £500.00' };
    expect(estimateCost(flat, '2027-01-01', '2030-01-01')).toEqual(expected);
    expect(estimateCost(flat)).toEqual(expected);
  });

  it('needs the planned dates for time-based prices', () => {
    expect(estimateCost(yearly, undefined, '2028-01-01')).toEqual({
      known: false,
      explanation: 'Enter the planned start and end dates to estimate the cost.',
    });
    expect(estimateCost(monthly, '2027-01-01', '2026-12-01')).toEqual({
      known: false,
      explanation: 'Planned end must be after planned start.',
    });
  });
});
