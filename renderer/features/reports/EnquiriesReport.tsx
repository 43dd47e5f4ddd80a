/** Enquiries per month, and how many of them went on to become projects. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from 'recharts';
import type { IsoDate } from '../../../shared/dates';
import { enquiriesPerMonth } from '../../../shared/domain/reports';
import { useApp } from '../../app/app-context';
import { projectsReceivedIn } from '../../db/repositories/report-queries';
import { AXIS_TICK, CHART_COLOURS, VALUE_LABEL, chartFrame, withHeadroom } from './charts/chart-theme';
import { Hatch } from './charts/Hatch';
import { MonthTick } from './charts/MonthTick';
import { MONTH_PERIODS, lastMonths } from './figure/periods';
import { PeriodSelect } from './figure/PeriodSelect';
import { ReportFigure } from './figure/ReportFigure';
import { usePeriod } from './figure/use-period';
import { ReportLoading } from './ReportLoading';

const PERIODS = MONTH_PERIODS.map((period) => period.value);

/** The report. */
export function EnquiriesReport({ today }: { today: IsoDate }) {
  const { db } = useApp();
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const [months, setMonths] = usePeriod('months', PERIODS);
  const { from, to } = lastMonths(today, months);
  const projects = useLiveQuery(() => projectsReceivedIn(db, { from, to }), [db, from, to]);
  const table = useMemo(() => projects && enquiriesPerMonth(projects, { from, to }), [projects, from, to]);
  const control = <PeriodSelect label="Period" value={months} options={MONTH_PERIODS} onChange={setMonths} />;
  if (!table) return <ReportLoading controls={control} />;
  const received = table.rows.reduce((sum, row) => sum + row.received, 0);
  const became = table.rows.reduce((sum, row) => sum + row.becameProjects, 0);
  return (
    <div data-report-state="ready">
      {control}
      <ReportFigure
        id="enquiries"
        title="Enquiries per month"
        intro={
          <p>
            Solid bars are the enquiries received in the month; hatched bars are those of them that went on to
            become projects (they reached Onboarding, whatever happened after). Over the period:{' '}
            <strong>{received}</strong> enquiries, <strong>{became}</strong> became projects.
          </p>
        }
        chart={
          <BarChart
            {...chartFrame('Enquiries received per month, and how many became projects')}
            width="100%"
            height={320}
            responsive
            data={table.rows}
            margin={{ top: 20, right: 8, bottom: 4, left: 0 }}
            barGap={2}
          >
            <Hatch id={hatch} colour={CHART_COLOURS.accent} />
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis dataKey="month" tick={<MonthTick />} height={36} tickLine={false} />
            <YAxis tick={AXIS_TICK} allowDecimals={false} width={36} domain={[0, withHeadroom]} />
            <Legend verticalAlign="top" height={32} itemSorter={null} />
            <Bar
              dataKey="received"
              name="Enquiries received"
              fill={CHART_COLOURS.brand}
              isAnimationActive={false}
            >
              <LabelList dataKey="received" position="top" style={VALUE_LABEL} />
            </Bar>
            <Bar
              dataKey="becameProjects"
              name="Became projects"
              fill={`url(#${hatch})`}
              stroke={CHART_COLOURS.accent}
              isAnimationActive={false}
            >
              <LabelList dataKey="becameProjects" position="top" style={VALUE_LABEL} />
            </Bar>
          </BarChart>
        }
        table={table}
        empty={received === 0 && 'No enquiries arrived in this period.'}
      />
    </div>
  );
}
