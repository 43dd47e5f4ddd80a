import {
  ProjectSchema,
  formatCertificateNumber,
  isProvisionalReference,
  provisionalProjectReference,
  provisionalReferenceYear,
  formatProjectReference,
  nextCertificateNumber,
  nextProjectReference,
  parseCertificateNumber,
  parseProjectReference,
} from '../../../../shared/domain';
import { aProject } from '../../../helpers/domain-fixtures';

describe('project references', () => {
  it('starts each year at 001', () => {
    expect(nextProjectReference(2026, [])).toBe('DSH-2026-001');
  });

  it('gives one more than the highest issued that year, whatever the order', () => {
    expect(nextProjectReference(2026, ['DSH-2026-005', 'DSH-2026-013', 'DSH-2026-002'])).toBe('DSH-2026-014');
  });

  it('never reuses a number: gaps left by deleted or withdrawn projects stay gaps', () => {
    expect(nextProjectReference(2026, ['DSH-2026-001', 'DSH-2026-003'])).toBe('DSH-2026-004');
  });

  it('starts again at 001 in a new year, and ignores other years', () => {
    expect(nextProjectReference(2027, ['DSH-2026-120', 'DSH-2028-004'])).toBe('DSH-2027-001');
  });

  it('grows beyond 999', () => {
    expect(nextProjectReference(2026, ['DSH-2026-999'])).toBe('DSH-2026-1000');
    expect(nextProjectReference(2026, ['DSH-2026-999', 'DSH-2026-1000'])).toBe('DSH-2026-1001');
  });

  it('keeps increasing over many issues', () => {
    const issued: string[] = [];
    for (let i = 0; i < 1200; i += 1) issued.push(nextProjectReference(2026, issued));
    const numbers = issued.map((reference) => parseProjectReference(reference)?.number);
    expect(numbers).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(new Set(issued).size).toBe(1200);
  });

  it('ignores what is not a project reference', () => {
    expect(nextProjectReference(2026, ['DSH-2026-14', 'dsh-2026-900', 'DSH-CERT-2026-0500', 'rubbish'])).toBe(
      'DSH-2026-001',
    );
  });

  it('reads a reference', () => {
    expect(parseProjectReference('DSH-2026-014')).toEqual({ year: 2026, number: 14 });
    expect(parseProjectReference('DSH-2026-1234')).toEqual({ year: 2026, number: 1234 });
    expect(parseProjectReference('DSH-2026-000')).toBeUndefined();
    expect(parseProjectReference('DSH-26-014')).toBeUndefined();
  });

  it('formats from a counter, and refuses a bad year or number', () => {
    expect(formatProjectReference(2026, 7)).toBe('DSH-2026-007');
    expect(() => formatProjectReference(26, 7)).toThrow(RangeError);
    expect(() => formatProjectReference(2026, 0)).toThrow(RangeError);
    expect(() => nextProjectReference(2026.5, [])).toThrow(RangeError);
  });
});

describe('certificate numbers', () => {
  it('are four-digit, increasing per year', () => {
    expect(nextCertificateNumber(2026, [])).toBe('DSH-CERT-2026-0001');
    expect(nextCertificateNumber(2026, ['DSH-CERT-2026-0006', 'DSH-CERT-2026-0002'])).toBe(
      'DSH-CERT-2026-0007',
    );
  });

  it('roll over to a new year and grow beyond 9999', () => {
    expect(nextCertificateNumber(2027, ['DSH-CERT-2026-0042'])).toBe('DSH-CERT-2027-0001');
    expect(nextCertificateNumber(2026, ['DSH-CERT-2026-9999'])).toBe('DSH-CERT-2026-10000');
  });

  it('are not confused with project references', () => {
    expect(nextCertificateNumber(2026, ['DSH-2026-0500'])).toBe('DSH-CERT-2026-0001');
    expect(parseCertificateNumber('DSH-CERT-2026-0007')).toEqual({ year: 2026, number: 7 });
    expect(parseCertificateNumber('DSH-CERT-2026-007')).toBeUndefined();
    expect(formatCertificateNumber(2026, 12)).toBe('DSH-CERT-2026-0012');
  });
});

describe('provisional project references (team mode, until the server confirms a number)', () => {
  const bytes = (values: number[]) => () => Uint8Array.from(values);

  it('read as provisional, in letters that cannot be misread, and never as a confirmed number', () => {
    const reference = provisionalProjectReference(2026, bytes([7, 15, 3, 19, 9, 31]));
    expect(reference).toBe('DSH-2026-P-7F3K9Z');
    expect(isProvisionalReference(reference)).toBe(true);
    expect(provisionalReferenceYear(reference)).toBe(2026);
    expect(parseProjectReference(reference)).toBeUndefined();
    expect(nextProjectReference(2026, [reference, 'DSH-2026-004'])).toBe('DSH-2026-005');
    expect(isProvisionalReference('DSH-2026-014')).toBe(false);
    expect(isProvisionalReference('DSH-2026-P-7F3KIL')).toBe(false);
  });

  it('are valid project references, as confirmed ones are; other shapes are not', () => {
    for (const reference of ['DSH-2026-014', 'DSH-2026-P-7F3K9Z'])
      expect(ProjectSchema.safeParse(aProject({ reference })).success).toBe(true);
    for (const reference of ['DSH-2026-P-7F3K', 'DSH-2026-Q-7F3K9Z', 'DSH-26-P-7F3K9Z'])
      expect(ProjectSchema.safeParse(aProject({ reference })).error?.issues[0]?.message).toBe(
        'Project reference must look like DSH-2026-014.',
      );
  });
});
