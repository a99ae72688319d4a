// The charts, loaded lazily (Recharts is large): the landing page renders without waiting
// for them, and the table alternative never needs them.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SeriesRow, SplitRow } from './chartData';

/** Colours from the theme (light and dark), so the charts follow it. */
const palette = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)'];

interface Common {
  format: (n: number) => string;
}

/** Billed and unbilled quantity per month, stacked. */
export function BilledChart(props: Common & { rows: SplitRow[]; billedName: string; unbilledName: string }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={props.rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="label" stroke="var(--muted)" tick={{ fontSize: 12 }} />
        <YAxis stroke="var(--muted)" tick={{ fontSize: 12 }} tickFormatter={props.format} width={64} />
        <Tooltip formatter={(v) => props.format(Number(v))} contentStyle={tooltipStyle} />
        <Legend />
        <Bar dataKey="billed" name={props.billedName} stackId="q" fill={palette[0]} isAnimationActive={false} />
        <Bar
          dataKey="unbilled"
          name={props.unbilledName}
          stackId="q"
          fill="var(--chart-unbilled)"
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** The top products' quantities per month, one line each. */
export function ProductsChart(props: Common & { rows: SeriesRow[]; series: { key: string; name: string }[] }) {
  return (
    <ResponsiveContainer width="100%" height={260}>
      <LineChart data={props.rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis dataKey="label" stroke="var(--muted)" tick={{ fontSize: 12 }} />
        <YAxis stroke="var(--muted)" tick={{ fontSize: 12 }} tickFormatter={props.format} width={64} />
        <Tooltip formatter={(v) => props.format(Number(v))} contentStyle={tooltipStyle} />
        <Legend />
        {props.series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={(row: SeriesRow) => row.values[s.key] ?? 0}
            name={s.name}
            stroke={palette[i % palette.length]}
            strokeWidth={2}
            strokeDasharray={i >= palette.length ? '6 3' : undefined} // colours repeat: dash the second round
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}

const tooltipStyle = { background: 'var(--surface)', border: '1px solid var(--border)', color: 'var(--text)' };
