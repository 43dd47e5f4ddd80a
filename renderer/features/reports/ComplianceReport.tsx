/**
 * Training compliance: of the members of live projects (Set Up, Access, Active), how many are ready to use
 * the DSH today, how many are ready but lapse within 30 days, and how many are not ready; then per project.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { IsoDate } from '../../../shared/dates';
import { cellText, trainingCompliance } from '../../../shared/domain/reports';
import { useApp } from '../../app/app-context';
import { liveMembers } from '../../db/repositories/report-queries';
import { AXIS_TICK, CHART_COLOURS, VALUE_LABEL, chartFrame } from './charts/chart-theme';
import { overallTable } from './compliance-tables';
import { ReportFigure } from './figure/ReportFigure';
import { ReportLoading } from './ReportLoading';

const BAR_COLOURS = [CHART_COLOURS.ok, CHART_COLOURS.warn, CHART_COLOURS.bad];

/** The report. */
export function ComplianceReport({ today }: { today: IsoDate }) {
  const { db } = useApp();
  const data = useLiveQuery(() => liveMembers(db), [db]);
  const compliance = useMemo(
    () => data && trainingCompliance(data.projects, data.memberships, data.trainings, today, data.settings),
    [data, today],
  );
  if (!compliance) return <ReportLoading />;
  const overall = overallTable(compliance);
  const rows = overall.rows.map((row) => ({
    ...row,
    label: `${row.members} (${cellText('share', row.share)})`,
  }));
  const { members, readyShare, trainedShare } = compliance.overall;
  return (
    <div data-report-state="ready">
      <p className="report-headline" data-testid="compliance-headline">
        {members === 0 ? (
          'No one is a member of a live project today.'
        ) : (
          <>
            <strong>{cellText('share', readyShare)}</strong> of the {members} members of live projects are
            ready to use the DSH today; {cellText('share', trainedShare)} hold valid DSH and NHS DSA training.
          </>
        )}
      </p>
      <ReportFigure
        id="compliance-overall"
        title="Members of live projects by readiness"
        intro={
          <p>
            Ready: DSH training done, NHS DSA Level 1 valid, the user access form signed and access granted.
            Expiring: ready, but something lapses within 30 days. A person on two projects counts on each.
          </p>
        }
        chart={
          <BarChart
            {...chartFrame('Members of live projects by readiness')}
            width="100%"
            height={200}
            responsive
            layout="vertical"
            data={rows}
            margin={{ top: 4, right: 110, bottom: 4, left: 8 }}
            barCategoryGap="22%"
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
            <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
            <YAxis type="category" dataKey="readiness" tick={AXIS_TICK} width={90} />
            <Bar dataKey="members" isAnimationActive={false}>
              {rows.map((row, index) => (
                <Cell key={row.readiness} fill={BAR_COLOURS[index]} />
              ))}
              <LabelList dataKey="label" position="right" style={VALUE_LABEL} />
            </Bar>
          </BarChart>
        }
        table={overall}
        empty={members === 0 && 'No one is a member of a live project today.'}
      />
      <ReportFigure
        id="compliance-projects"
        title="Training compliance per live project"
        intro={<p>Every live project, by reference, with its members by readiness.</p>}
        table={compliance.table}
        pageSize={50}
      />
    </div>
  );
}
