/** Certificates for the document tests: one with non-Latin names, one long enough to run over pages. */
import { certificateFingerprint, type Certificate, type CertificateContent } from '../../../../shared/domain';
import { aCertificate } from '../../../helpers/domain-fixtures';

/** The organisation printed as the letterhead. */
export const ORGANISATION = 'University of Example — Data Safe Haven';

/** A certificate in the register: its fingerprint taken over its content. */
export function registered(content: CertificateContent, overrides: Partial<Certificate> = {}): Certificate {
  return aCertificate({
    number: content.number,
    issuedOn: content.issuedOn,
    content,
    fingerprint: certificateFingerprint(content),
    ...overrides,
  });
}

/** A certificate whose people and places have names beyond ASCII. */
export function anInternationalCertificate(): Certificate {
  const base = aCertificate().content;
  return registered({
    ...base,
    number: 'DSH-CERT-2026-0007',
    issuedOn: '2026-11-03',
    destroyedOn: '2026-10-30',
    leadResearcher: 'Łukasz Żółć',
    dataController: 'Ó Súilleabháin Health Trust',
    agreementReferences: [
      { label: 'Ethics approval', reference: 'REC 26/LO/0142' },
      { label: 'NHS England DARS / DSA', reference: 'DARS-NIC-654321' },
    ],
    datasets: [
      { name: 'Hospital Episode Statistics', provider: 'NHS England' },
      { name: 'Civil registration – deaths', provider: 'Office for National Statistics' },
    ],
    storageLocations: [
      { location: 'Project share \\\\dsh-fs01\\projects\\DSH-2026-014', kind: 'primary' },
      { location: 'Nightly backup set B (tape library, off-site)', kind: 'backup' },
      { location: 'Encrypted USB stick DSH-USB-07', kind: 'removable' },
    ],
    performedBy: { name: 'Siobhán Ní Bhriain', role: 'DSH officer' },
    witnessedBy: { name: 'Pat Manager', role: 'DSH manager' },
    outputsRetained: [
      {
        description: 'Aggregate tables for the paper, small numbers suppressed',
        approvedBy: 'Dr B Jones',
        approvedOn: '2026-10-02',
      },
    ],
    statement:
      'We certify that all data held for this project in the Data Safe Haven, including backups and removable media, has been destroyed as described above, and that no copy remains.',
  });
}

/** A certificate with 80 storage locations and 80 retained outputs: several pages long. */
export function aLongCertificate(): Certificate {
  const base = anInternationalCertificate().content;
  return registered({
    ...base,
    number: 'DSH-CERT-2026-0042',
    storageLocations: Array.from({ length: 80 }, (_, i) => ({
      location: `Analysis workstation DSH-WS-${String(i + 1).padStart(3, '0')}, local scratch volume and its nightly snapshot`,
      kind: (['primary', 'backup', 'removable', 'other'] as const)[i % 4]!,
    })),
    outputsRetained: Array.from({ length: 80 }, (_, i) => ({
      description: `Extract ${i + 1}: aggregate counts by region and quarter, cells under 10 suppressed, checked by two output checkers before release.`,
      approvedBy: i % 2 ? 'Dr B Jones' : 'Łukasz Żółć',
      approvedOn: '2026-10-02',
    })),
  });
}

/** The international certificate with every Appendix G detail recorded. */
export function anAppendixGCertificate(): Certificate {
  const base = anInternationalCertificate().content;
  return registered({
    ...base,
    dataController: 'Example NHS Foundation Trust',
    dataProviders: ['NHS England', 'Office for National Statistics'],
    storageLocations: [
      {
        location: 'Project share',
        kind: 'primary',
        mediaType: 'NetApp volume',
        identifier: 'DSH-NAS-01',
        method: 'Purge',
        technique: 'Cryptographic erase',
        verification: 'Sample read-back found no data.',
        afterwards: 'reused',
      },
      {
        location: 'Nightly backup set B',
        kind: 'backup',
        mediaType: 'LTO-8 tape',
        identifier: 'Tape 000417',
        method: 'Destroy',
        technique: 'Shredded',
        verification: 'Contractor certificate WS-1182.',
        afterwards: 'destroyed',
      },
    ],
    backupsOverwrittenBy: '2026-12-12',
    issuer: { address: '1 College Road, Exampleton EX1 2AB', contact: 'dsh@example.ac.uk' },
    attestation: {
      performedBy: { organisation: ORGANISATION },
      witnessedBy: { organisation: ORGANISATION },
    },
  });
}
