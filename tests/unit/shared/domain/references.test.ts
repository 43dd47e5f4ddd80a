import {
  ProjectSchema,
  formatCertificateNumber,
  isProvisionalReference,
  provisionalProjectReference,
  provisionalReferenceYear,
  formatProjectReference,
  parseCertificateNumber,
  parseProjectReference,
} from '../../../../shared/domain';
import { aProject } from '../../../helpers/domain-fixtures';

describe('project references', () => {
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
  });
});

describe('certificate numbers', () => {
  it('are not confused with project references', () => {
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
