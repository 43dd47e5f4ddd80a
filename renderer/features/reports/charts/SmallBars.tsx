/** A small bar chart of one series over months, each bar labelled with its value: one of small multiples. */
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS, VALUE_LABEL, chartFrame, withHeadroom } from './chart-theme';
import { MonthTick } from './MonthTick';

interface SmallBarsProps {
  title: string;
  rows: readonly object[];
  monthKey: string;
  valueKey: string;
  /** The top of the value axis, shared by the multiples so their bars compare. */
  max: number;
  colour?: string;
}

/** The chart, with its title above it. */
export function SmallBars({ title, rows, monthKey, valueKey, max, colour }: SmallBarsProps) {
  return (
    <div className="small-multiple" data-series={valueKey}>
      <h3 className="small-multiple-title">{title}</h3>
      <BarChart
        {...chartFrame(`${title}: projects at the end of each month`)}
        width="100%"
        height={170}
        responsive
        data={rows as object[]}
        margin={{ top: 18, right: 4, bottom: 4, left: 4 }}
        barCategoryGap="18%"
      >
        <CartesianGrid vertical={false} stroke={CHART_COLOURS.grid} />
        <XAxis
          dataKey={monthKey}
          tick={<MonthTick />}
          interval="preserveStartEnd"
          height={34}
          tickLine={false}
        />
        <YAxis hide domain={[0, withHeadroom(max)]} allowDecimals={false} />
        <Bar dataKey={valueKey} fill={colour ?? CHART_COLOURS.brand} isAnimationActive={false}>
          <LabelList dataKey={valueKey} position="top" style={VALUE_LABEL} />
        </Bar>
      </BarChart>
    </div>
  );
}
