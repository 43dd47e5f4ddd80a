/** Booking utilisation of the core connection per week: seats booked ÷ seats offered. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import type { IsoDate } from '../../../shared/dates';
import { bookingUtilisationPerWeek, cellText, weekStartOf } from '../../../shared/domain/reports';
import { useApp } from '../../app/app-context';
import { utilisationData } from '../../db/repositories/report-queries';
import { AXIS_TICK, CHART_COLOURS, VALUE_LABEL, chartFrame, dayShort } from './charts/chart-theme';
import { Hatch } from './charts/Hatch';
import { WEEK_PERIODS, weeksAround } from './figure/periods';
import { PeriodSelect } from './figure/PeriodSelect';
import { ReportFigure } from './figure/ReportFigure';
import { usePeriod } from './figure/use-period';
import { ReportLoading } from './ReportLoading';

const PERIODS = WEEK_PERIODS.map((period) => period.value);

/** The report. */
export function UtilisationReport({ today }: { today: IsoDate }) {
  const { db } = useApp();
  const hatch = `hatch-${useId().replace(/:/g, '')}`;
  const [weeks, setWeeks] = usePeriod('weeks', PERIODS);
  const { from, to } = weeksAround(today, weeks);
  const data = useLiveQuery(() => utilisationData(db, { from, to }), [db, from, to]);
  const table = useMemo(
    () =>
      data &&
      bookingUtilisationPerWeek(data.bookings, data.sessionTemplates, data.blackoutDates, { from, to }),
    [data, from, to],
  );
  const control = <PeriodSelect label="Period" value={weeks} options={WEEK_PERIODS} onChange={setWeeks} />;
  if (!table) return <ReportLoading controls={control} />;
  const thisWeek = weekStartOf(today);
  const rows = table.rows.map((row) => ({
    ...row,
    percent: row.utilisation === null ? null : Math.round(row.utilisation * 1000) / 10,
    label: cellText('share', row.utilisation),
  }));
  return (
    <div data-report-state="ready">
      {control}
      <ReportFigure
        id="utilisation"
        title="Booking utilisation per week"
        intro={
          <p>
            Each bar is one week (Monday to Sunday): the seats booked on the core connection as a share of the
            seats its sessions offered, none on blackout days. Solid bars are weeks up to this one; hatched
            bars are weeks to come, with the bookings made so far.
          </p>
        }
        chart={
          <BarChart
            {...chartFrame('Seats booked as a share of seats offered, per week')}
            width="100%"
            height={320}
            responsive
            data={rows}
            margin={{ top: 22, right: 8, bottom: 4, left: 0 }}
            barCategoryGap="14%"
          >
            <Hatch id={hatch} colour={CHART_COLOURS.brand} />
            <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
            <XAxis dataKey="weekStart" tickFormatter={dayShort} tick={AXIS_TICK} tickLine={false} />
            <YAxis
              tick={AXIS_TICK}
              unit="%"
              width={48}
              domain={[0, (max: number) => Math.max(100, Math.ceil(max))]}
            />
            <ReferenceLine
              y={100}
              stroke={CHART_COLOURS.bad}
              strokeDasharray="4 3"
              label={{
                value: 'Every seat booked',
                position: 'insideTopRight',
                fill: CHART_COLOURS.bad,
                fontSize: 12,
              }}
            />
            <Bar dataKey="percent" name="Utilisation" isAnimationActive={false} stroke={CHART_COLOURS.brand}>
              {rows.map((row) => (
                <Cell
                  key={row.weekStart}
                  fill={row.weekStart > thisWeek ? `url(#${hatch})` : CHART_COLOURS.brand}
                />
              ))}
              <LabelList dataKey="label" position="top" style={VALUE_LABEL} />
            </Bar>
          </BarChart>
        }
        table={table}
        empty={
          table.rows.every((row) => row.offered === 0 && row.booked === 0) &&
          'No sessions of the core connection are offered in these weeks, and none are booked.'
        }
      />
    </div>
  );
}
