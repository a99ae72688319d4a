import { Suspense, useId, useState, type ReactNode } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** A table holding exactly a chart's numbers: the first column names the row (a month). */
export interface ChartTableData {
  columns: string[];
  rows: { key: string; cells: string[] }[];
}

/**
 * A chart with its title, an accessible description, and a "show as table" switch that
 * replaces the chart by a table of the same numbers. The chart itself is loaded lazily:
 * until it arrives (or when it fails to) the table's numbers are one press away.
 */
export function ChartFigure(props: {
  title: string;
  description: string;
  chart: ReactNode;
  table: ChartTableData;
  /** The chart's numbers, row by row (exposed as data-chart for tests that compare it with the table). */
  data: (string | number)[][];
  testId?: string;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const descId = useId();
  return (
    <figure
      className="chart-figure"
      aria-labelledby={titleId}
      aria-describedby={descId}
      data-testid={props.testId}
      data-chart={JSON.stringify(props.data)}
    >
      <div className="chart-head">
        <h2 id={titleId}>{props.title}</h2>
        <ToggleButton className="button" isSelected={asTable} onChange={setAsTable}>
          {t('charts.showTable')}
        </ToggleButton>
      </div>
      <p id={descId} className="card-note">
        {props.description}
      </p>
      {asTable ? (
        <div className="table-scroll">
          <table className="chart-table">
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                {props.table.columns.map((c, i) => (
                  <th key={i} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.table.rows.map((r) => (
                <tr key={r.key}>
                  {r.cells.map((c, i) =>
                    i === 0 ? (
                      <th key={i} scope="row">
                        {c}
                      </th>
                    ) : (
                      <td key={i}>{c}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="chart-area" role="img" aria-labelledby={titleId} aria-describedby={descId}>
          <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>{props.chart}</Suspense>
        </div>
      )}
    </figure>
  );
}
