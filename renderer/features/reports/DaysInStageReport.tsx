/** Days spent in each stage: per stage, the median stay and the middle half of stays (quartiles). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, ErrorBar, LabelList, XAxis, YAxis } from 'recharts';
import type { IsoDate } from '../../../shared/dates';
import { daysInStage } from '../../../shared/domain/reports';
import { useApp } from '../../app/app-context';
import { projectsReceivedIn } from '../../db/repositories/report-queries';
import { AXIS_TICK, CHART_COLOURS, VALUE_LABEL, chartFrame } from './charts/chart-theme';
import { MONTH_PERIODS, lastMonths } from './figure/periods';
import { PeriodSelect } from './figure/PeriodSelect';
import { ReportFigure } from './figure/ReportFigure';
import { usePeriod } from './figure/use-period';
import { ReportLoading } from './ReportLoading';

const PERIODS = MONTH_PERIODS.map((period) => period.value);

/** "12 days" for a median (whole days read best; the table keeps one decimal). */
function daysText(value: unknown): string {
  return typeof value === 'number' ? `${Math.round(value)} ${Math.round(value) === 1 ? 'day' : 'days'}` : '';
}

/** The report. */
export function DaysInStageReport({ today }: { today: IsoDate }) {
  const { db } = useApp();
  const [months, setMonths] = usePeriod('months', PERIODS);
  const { from, to } = lastMonths(today, months);
  const projects = useLiveQuery(() => projectsReceivedIn(db, { from, to }), [db, from, to]);
  const table = useMemo(() => projects && daysInStage(projects, today), [projects, today]);
  const control = (
    <PeriodSelect
      label="Projects whose enquiry arrived in"
      value={months}
      options={MONTH_PERIODS}
      onChange={setMonths}
    />
  );
  if (!table) return <ReportLoading controls={control} />;
  // The whisker spans the quartiles around the median; a transparent segment stacked up to the upper
  // quartile carries the label, so it sits clear of the whisker.
  const rows = table.rows.map((row) => {
    const known = row.median !== null && row.p25 !== null && row.p75 !== null;
    return {
      ...row,
      middleHalf: known ? [row.median! - row.p25!, row.p75! - row.median!] : [0, 0],
      toUpperQuartile: known ? row.p75! - row.median! : null,
    };
  });
  return (
    <div data-report-state="ready">
      {control}
      <ReportFigure
        id="days-in-stage"
        title="Days spent in each stage"
        intro={
          <p>
            The bar is the median stay: half of the projects spent fewer days at the stage, half more. The
            whisker spans the middle half of projects (from the lower to the upper quartile). A project still
            at a stage counts with its days so far.
          </p>
        }
        chart={
          <BarChart
            {...chartFrame('Median days spent in each stage, with the middle half of projects')}
            width="100%"
            height={300}
            responsive
            layout="vertical"
            data={rows}
            margin={{ top: 8, right: 96, bottom: 8, left: 8 }}
            barCategoryGap="28%"
          >
            <CartesianGrid horizontal={false} stroke={CHART_COLOURS.grid} />
            <XAxis type="number" tick={AXIS_TICK} allowDecimals={false} unit=" d" />
            <YAxis type="category" dataKey="label" tick={AXIS_TICK} width={96} />
            <Bar
              dataKey="median"
              stackId="days"
              fill={CHART_COLOURS.brand}
              minPointSize={(value: number | null | undefined) =>
                value === null || value === undefined ? 0 : 3
              }
              isAnimationActive={false}
            >
              <ErrorBar
                dataKey="middleHalf"
                direction="x"
                width={10}
                stroke={CHART_COLOURS.ink}
                strokeWidth={2}
              />
            </Bar>
            <Bar
              dataKey="toUpperQuartile"
              stackId="days"
              fill="transparent"
              minPointSize={(value: number | null | undefined) =>
                value === null || value === undefined ? 0 : 1
              }
              isAnimationActive={false}
            >
              <LabelList
                dataKey="median"
                position="right"
                offset={10}
                style={VALUE_LABEL}
                formatter={daysText}
              />
            </Bar>
          </BarChart>
        }
        note="A project keeps only the day it last entered each stage: after a move back, the earlier stay counts towards the stage before it."
        table={table}
        empty={table.rows.every((row) => row.count === 0) && 'No project’s enquiry arrived in this period.'}
      />
    </div>
  );
}
