/**
 * The sections of a certificate that grew with NIST SP 800-88 Appendix G: the data controller apart from
 * the data providers, each storage location with its media, sanitisation, verification and what became of
 * it, the date backups are overwritten by, and the DSH's address and contact under its name. A certificate
 * issued before these were kept has none of them and prints exactly as it did.
 */
import { formatLongDate } from '../../dates';
import type { CertificateContent, DestructionMethod } from '../../domain';
import { mediaOutcomeLabel, storageKindLabel } from '../labels';
import type { Block, Field } from '../pdf/blocks';

type Location = CertificateContent['storageLocations'][number];

/** NIST SP 800-88's sanitisation methods, in its words, shortened. */
export const METHOD_MEANINGS: Record<DestructionMethod, string> = {
  Clear: 'logical techniques applied to all user-addressable storage locations',
  Purge: 'physical or logical techniques that make recovery infeasible even with laboratory techniques',
  Destroy: 'the media can no longer be used to store data, and recovery is infeasible',
};

/** The lines printed under the DSH's name: its address and contact, when Settings held them at issue. */
export function letterheadDetails(content: CertificateContent): string[] | undefined {
  const details = [content.issuer?.address, content.issuer?.contact].filter((line): line is string => !!line);
  // Left out (not an empty list) so that a certificate without them builds the very same blocks.
  return details.length > 0 ? details : undefined;
}

/** Section 1's rows about who the data belongs to. */
export function controllerRows(content: CertificateContent): Field[] {
  if (!content.dataProviders) return [{ label: 'Data controller / provider', value: content.dataController }];
  return [
    { label: 'Data controller', value: content.dataController },
    { label: 'Data providers', value: content.dataProviders.join('; ') },
  ];
}

/** Whether the locations carry their own sanitisation (certificates issued with per-location details). */
function detailed(locations: readonly Location[]): boolean {
  return locations.some((place) => place.method !== undefined);
}

/** "Nightly backup set B · Backup · LTO-8 tape · Asset DSH-T-004". */
function locationWords(place: Location): string {
  return [
    place.location,
    storageKindLabel(place.kind),
    place.mediaType,
    place.identifier && `Asset or serial ${place.identifier}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Section 4's table: the locations in words, or with each one's media, sanitisation and fate. */
export function storageTable(content: CertificateContent): Block {
  const empty = 'No storage locations were listed.';
  if (!detailed(content.storageLocations)) {
    return {
      kind: 'table',
      columns: [
        { header: 'Location', share: 0.72 },
        { header: 'Kind', share: 0.28 },
      ],
      rows: content.storageLocations.map((place) => [place.location, storageKindLabel(place.kind)]),
      empty,
    };
  }
  return {
    kind: 'table',
    columns: [
      { header: 'Location and media', share: 0.34 },
      { header: 'Sanitisation', share: 0.24 },
      { header: 'Verification', share: 0.26 },
      { header: 'Media afterwards', share: 0.16 },
    ],
    rows: content.storageLocations.map((place) => [
      locationWords(place),
      [place.method ?? content.method, place.technique ?? content.technique].join(': '),
      place.verification ?? content.verification,
      place.afterwards ? mediaOutcomeLabel(place.afterwards) : 'Not recorded',
    ]),
    empty,
  };
}

/** Section 5's rows. */
export function destructionRows(content: CertificateContent): Field[] {
  return [
    { label: 'Method (NIST SP 800-88)', value: `${content.method}: ${METHOD_MEANINGS[content.method]}` },
    { label: 'Technique', value: content.technique },
    { label: 'Tool', value: content.tool },
    { label: 'Verification', value: content.verification },
    { label: 'Date of destruction', value: formatLongDate(content.destroyedOn) },
    ...(content.backupsOverwrittenBy
      ? [{ label: 'Backups overwritten by', value: formatLongDate(content.backupsOverwrittenBy) }]
      : []),
  ];
}
