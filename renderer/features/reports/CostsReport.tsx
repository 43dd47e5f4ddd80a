/** Estimated costs per connection type and per project, against the sessions bookings used. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { IsoDate } from '../../../shared/dates';
import { formatPounds } from '../../../shared/domain';
import { costs } from '../../../shared/domain/reports';
import { useApp } from '../../app/app-context';
import { costsData } from '../../db/repositories/report-queries';
import { AXIS_TICK, CHART_COLOURS, VALUE_LABEL, chartFrame } from './charts/chart-theme';
import { Hatch } from './charts/Hatch';
import { SESSIONS_CHART_PROJECTS, sessionsTable } from './cost-tables';
import { ReportFigure } from './figure/ReportFigure';
import { ReportLoading } from './ReportLoading';

/** The report. */
export function CostsReport({ today }: { today: IsoDate }) {
  const { db } = useApp();
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const data = useLiveQuery(() => costsData(db), [db]);
  const report = useMemo(
    () => data && costs(data.projects, data.connectionTypes, data.bookings, today),
    [data, today],
  );
  if (!report) return <ReportLoading />;
  const connections = report.connections.rows.map((row) => ({
    ...row,
    pounds: row.estimatedPence / 100,
    label: formatPounds(row.estimatedPence),
  }));
  const sessions = sessionsTable(report.projects);
  const total = report.connections.rows.reduce((sum, row) => sum + row.estimatedPence, 0);
  return (
    <div data-report-state="ready">
      <p className="report-headline">
        Estimated cost of the projects in progress or closed: <strong>{formatPounds(total)}</strong>.
      </p>
      <ReportFigure
        id="costs-connections"
        title="Estimated cost per connection type"
        intro={
          <p>
            The estimate of each project over its planned period, from the costing page, added up per
            connection type. Declined and withdrawn projects are left out; projects without planned dates have
            no estimate yet (counted in the table).
          </p>
        }
        chart={
          <BarChart
            {...chartFrame('Estimated cost per connection type')}
            width="100%"
            height={60 + 48 * connections.length}
            responsive
            layout="vertical"
            data={connections}
            margin={{ top: 4, right: 120, bottom: 4, left: 8 }}
            barCategoryGap="22%"
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
            <XAxis
              type="number"
              tick={AXIS_TICK}
              tickFormatter={(value: number) => `£${value.toLocaleString('en-GB')}`}
            />
            <YAxis type="category" dataKey="connection" tick={AXIS_TICK} width={190} />
            <Bar
              dataKey="pounds"
              name="Estimated cost"
              fill={CHART_COLOURS.brand}
              minPointSize={2}
              isAnimationActive={false}
            >
              <LabelList dataKey="label" position="right" style={VALUE_LABEL} />
            </Bar>
          </BarChart>
        }
        table={report.connections}
        empty={connections.length === 0 && 'There are no connection types on the costing page yet.'}
      />
      <ReportFigure
        id="costs-sessions"
        title="Sessions of the core connection per project"
        intro={
          <p>
            For connections that are booked, the sessions each project used (booked days before today) and has
            booked ahead, set against the months of its planned period begun so far. The{' '}
            {SESSIONS_CHART_PROJECTS} projects with the most sessions are drawn; every project is in the table
            below.
          </p>
        }
        chart={
          sessions.rows.length === 0 ? (
            <p className="muted">No project has booked a session yet.</p>
          ) : (
            <BarChart
              {...chartFrame('Sessions used and booked ahead, per project')}
              width="100%"
              height={70 + 30 * sessions.rows.length}
              responsive
              layout="vertical"
              data={sessions.rows}
              margin={{ top: 4, right: 48, bottom: 4, left: 8 }}
              barCategoryGap="20%"
            >
              <Hatch id={hatch} colour={CHART_COLOURS.accent} />
              <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
              <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} />
              <YAxis type="category" dataKey="reference" tick={AXIS_TICK} width={110} />
              <Legend verticalAlign="top" height={32} itemSorter={null} />
              <Bar
                dataKey="sessionsUsed"
                name="Sessions used"
                stackId="s"
                fill={CHART_COLOURS.brand}
                isAnimationActive={false}
              >
                <LabelList
                  dataKey="sessionsUsed"
                  position="insideLeft"
                  fill="#ffffff"
                  fontSize={12}
                  fontWeight={600}
                  formatter={(value: unknown) => (value ? String(value) : '')}
                />
              </Bar>
              <Bar
                dataKey="sessionsAhead"
                name="Booked ahead"
                stackId="s"
                fill={`url(#${hatch})`}
                stroke={CHART_COLOURS.accent}
                isAnimationActive={false}
              >
                <LabelList dataKey="sessionsAhead" position="right" style={VALUE_LABEL} />
              </Bar>
            </BarChart>
          )
        }
        table={sessions}
      />
      <ReportFigure
        id="costs-projects"
        title="Estimated cost per project"
        intro={
          <p>
            Every project in progress or closed that has chosen a connection, with how its estimate is made.
          </p>
        }
        table={report.projects}
        pageSize={50}
      />
    </div>
  );
}
