/** Projects per stage over time: where every project stood at the end of each month, as small multiples. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { IsoDate } from '../../../shared/dates';
import { STAGES, stageLabel, statusLabel } from '../../../shared/domain';
import { ENDED_STATUSES, projectsPerStageOverTime, type StandingOn } from '../../../shared/domain/reports';
import { useApp } from '../../app/app-context';
import { projectsReceivedBy } from '../../db/repositories/report-queries';
import { CHART_COLOURS } from './charts/chart-theme';
import { SmallBars } from './charts/SmallBars';
import { MONTH_PERIODS, lastMonths } from './figure/periods';
import { PeriodSelect } from './figure/PeriodSelect';
import { ReportFigure } from './figure/ReportFigure';
import { usePeriod } from './figure/use-period';
import { ReportLoading } from './ReportLoading';

const PERIODS = MONTH_PERIODS.map((period) => period.value);

/** The report. */
export function StagesOverTimeReport({ today }: { today: IsoDate }) {
  const { db } = useApp();
  const [months, setMonths] = usePeriod('months', PERIODS);
  const projects = useLiveQuery(() => projectsReceivedBy(db, today), [db, today]);
  const table = useMemo(
    () => projects && projectsPerStageOverTime(projects, lastMonths(today, months)),
    [projects, today, months],
  );
  const control = <PeriodSelect label="Period" value={months} options={MONTH_PERIODS} onChange={setMonths} />;
  if (!table) return <ReportLoading controls={control} />;
  const top = (keys: readonly StandingOn[]) =>
    Math.max(0, ...table.rows.flatMap((row) => keys.map((key) => row[key])));
  return (
    <div data-report-state="ready">
      {control}
      <ReportFigure
        id="stages-over-time"
        title="Projects per stage over time"
        intro={
          <p>
            Each small chart is one stage: a bar is the number of projects at that stage at the end of the
            month (the last bar is today). The stages share one scale, so their bars compare. Projects that
            ended are counted under how they ended, from the day they ended.
          </p>
        }
        chart={
          <>
            <h3 className="report-subheading">In progress</h3>
            <div className="small-multiples">
              {STAGES.map((stage) => (
                <SmallBars
                  key={stage}
                  title={stageLabel(stage)}
                  rows={table.rows}
                  monthKey="month"
                  valueKey={stage}
                  max={top(STAGES)}
                />
              ))}
            </div>
            <h3 className="report-subheading">Ended, in total by the end of each month</h3>
            <div className="small-multiples">
              {ENDED_STATUSES.map((status) => (
                <SmallBars
                  key={status}
                  title={statusLabel(status)}
                  rows={table.rows}
                  monthKey="month"
                  valueKey={status}
                  max={top(ENDED_STATUSES)}
                  colour={CHART_COLOURS.muted}
                />
              ))}
            </div>
          </>
        }
        note="A project keeps only the day it last entered each stage, so time at a stage before a move back is not shown."
        table={table}
        empty={projects!.length === 0 && 'No projects are recorded yet.'}
      />
    </div>
  );
}
