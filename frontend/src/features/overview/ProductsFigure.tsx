import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../components/ChartFigure';
import type { ProductSeries } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { seriesRows } from './chartData';
import { ProductsChart } from './lazyCharts';

/** Products' quantities per month as a line chart, with the same numbers as a table. */
export function ProductsFigure(props: {
  months: string[];
  products: ProductSeries[];
  title: string;
  description: string;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const num = (n: number) => formatNumber(n, lang);
  const { months, products } = props;
  const rows = useMemo(() => seriesRows(months, products, lang), [months, products, lang]);
  const series = products.map((p) => ({ key: p.productKey, name: p.description || p.productKey }));
  return (
    <ChartFigure
      testId={props.testId}
      title={props.title}
      description={props.description}
      chart={<ProductsChart rows={rows} series={series} format={num} />}
      table={{
        columns: [t('overview.month'), ...series.map((s) => s.name)],
        rows: rows.map((r) => ({ key: r.month, cells: [r.label, ...series.map((s) => num(r.values[s.key] ?? 0))] })),
      }}
      data={rows.map((r) => [r.label, ...series.map((s) => r.values[s.key] ?? 0)])}
    />
  );
}
