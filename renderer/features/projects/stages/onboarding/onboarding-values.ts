/**
 * The onboarding form as its inputs hold it ('' for empty, strings for numbers), and the conversions to
 * and from the stored OnboardingDraft. Rows left wholly blank (a dataset added and not filled in) are left
 * out of the draft; field issues of the draft are mapped back to the row the officer sees.
 */
import {
  DATASET_CLASSIFICATIONS,
  IG_REFERENCE_LABELS,
  type DatasetClassification,
  type FieldIssue,
  type IgReference,
  type IgReferenceKey,
  type OnboardingDraft,
  type Project,
} from '../../../../../shared/domain';

/** One dataset row. */
export interface DatasetValues {
  name: string;
  provider: string;
  classification: DatasetClassification | '';
  tier: string;
  approxSize: string;
}

/** One information-governance reference: given, not applicable, or not answered yet. */
export interface IgValues {
  choice: 'reference' | 'not-applicable' | '' | null;
  reference: string;
  reason: string;
}

/** A request for an application the catalogue lacks. */
export interface RequestedApplicationValues {
  name: string;
  note: string;
}

/** The onboarding form's values. */
export interface OnboardingValues {
  leadResearcherId: string;
  dataController: string;
  datasets: DatasetValues[];
  igReferences: Record<IgReferenceKey, IgValues>;
  plannedStart: string;
  plannedEnd: string;
  applicationIds: string[];
  requestedApplications: RequestedApplicationValues[];
  connectionTypeId: string;
  costCode: string;
}

/** The information-governance references, in the form's order. */
export const IG_KEYS = Object.keys(IG_REFERENCE_LABELS) as IgReferenceKey[];

/** A new, empty dataset row. */
export function emptyDataset(): DatasetValues {
  return { name: '', provider: '', classification: '', tier: '', approxSize: '' };
}

function igValues(entry: IgReference | Partial<IgReference> | undefined): IgValues {
  if (!entry || entry.applicable === undefined) return { choice: '', reference: '', reason: '' };
  return entry.applicable
    ? { choice: 'reference', reference: ('reference' in entry && entry.reference) || '', reason: '' }
    : { choice: 'not-applicable', reference: '', reason: ('reason' in entry && entry.reason) || '' };
}

/** The form's values for a project's stored onboarding draft. */
export function onboardingValues(project: Project): OnboardingValues {
  const draft = project.onboarding;
  return {
    leadResearcherId: draft.leadResearcherId ?? '',
    dataController: draft.dataController ?? '',
    datasets: (draft.datasets ?? []).map((dataset) => ({
      name: dataset.name ?? '',
      provider: dataset.provider ?? '',
      classification: dataset.classification ?? '',
      tier: dataset.tier === undefined ? '' : String(dataset.tier),
      approxSize: dataset.approxSize ?? '',
    })),
    igReferences: Object.fromEntries(
      IG_KEYS.map((key) => [key, igValues(draft.igReferences?.[key])]),
    ) as Record<IgReferenceKey, IgValues>,
    plannedStart: draft.plannedStart ?? '',
    plannedEnd: draft.plannedEnd ?? '',
    applicationIds: [...(draft.applicationIds ?? [])],
    requestedApplications: (draft.requestedApplications ?? []).map((request) => ({
      name: request.name,
      note: request.note ?? '',
    })),
    connectionTypeId: draft.connectionTypeId ?? '',
    costCode: draft.costCode ?? '',
  };
}

const blank = (text: string) => text.trim() === '';
const text = (value: string) => (blank(value) ? undefined : value.trim());

/** The draft the values make, and where each of its rows came from in the form. */
export interface DraftWithRows {
  draft: OnboardingDraft;
  datasetRows: number[];
  requestRows: number[];
}

/** The draft to save from the form's values (blank rows and fields left out). */
export function toDraft(values: OnboardingValues): DraftWithRows {
  const datasetRows: number[] = [];
  const datasets = values.datasets.flatMap((row, index) => {
    if (Object.values(row).every((value) => blank(value))) return [];
    datasetRows.push(index);
    const tier = blank(row.tier) ? undefined : Number(row.tier);
    return [
      strip({
        name: text(row.name),
        provider: text(row.provider),
        classification: DATASET_CLASSIFICATIONS.find((c) => c === row.classification),
        tier,
        approxSize: text(row.approxSize),
      }),
    ];
  });
  const requestRows: number[] = [];
  const requestedApplications = values.requestedApplications.flatMap((row, index) => {
    if (blank(row.name) && blank(row.note)) return [];
    requestRows.push(index);
    return [strip({ name: row.name.trim(), note: text(row.note) })];
  });
  const igEntries = IG_KEYS.flatMap((key): [IgReferenceKey, Partial<IgReference>][] => {
    const entry = values.igReferences[key];
    if (entry.choice === 'reference')
      return [[key, strip({ applicable: true, reference: text(entry.reference) })]];
    if (entry.choice === 'not-applicable')
      return [[key, strip({ applicable: false, reason: text(entry.reason) })]];
    return [];
  });
  const draft = strip({
    leadResearcherId: text(values.leadResearcherId),
    dataController: text(values.dataController),
    datasets: datasets.length > 0 ? datasets : undefined,
    igReferences: igEntries.length > 0 ? Object.fromEntries(igEntries) : undefined,
    plannedStart: text(values.plannedStart),
    plannedEnd: text(values.plannedEnd),
    applicationIds: values.applicationIds.length > 0 ? [...values.applicationIds] : undefined,
    requestedApplications: requestedApplications.length > 0 ? requestedApplications : undefined,
    connectionTypeId: text(values.connectionTypeId),
    costCode: text(values.costCode),
  }) as OnboardingDraft;
  return { draft, datasetRows, requestRows };
}

function strip<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}

/** Every field path the form shows an error at. */
export function onboardingFieldPath(path: string, rows: Pick<DraftWithRows, 'datasetRows' | 'requestRows'>) {
  const [head, second, ...rest] = path.split('.');
  if ((head === 'datasets' || head === 'requestedApplications') && second !== undefined) {
    const map = head === 'datasets' ? rows.datasetRows : rows.requestRows;
    const row = map[Number(second)];
    if (row === undefined) return `${head}.root`;
    return [head, String(row), ...rest].join('.');
  }
  if (head === 'datasets' || head === 'requestedApplications') return `${head}.root`;
  if (head === 'igReferences' && second !== undefined) {
    return rest.length > 0 ? path : `igReferences.${second}.choice`;
  }
  return path;
}

/** The issues of the complete form, one per field (a missing IG section becomes one issue per reference). */
export function expandIssues(issues: FieldIssue[]): FieldIssue[] {
  return issues.flatMap((issue) =>
    issue.path === 'igReferences'
      ? IG_KEYS.map((key) => ({
          path: `igReferences.${key}`,
          message: `Say whether ${IG_REFERENCE_LABELS[key]} applies.`,
        }))
      : [issue],
  );
}
