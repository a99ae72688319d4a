import { Label, ProgressBar } from 'react-aria-components';

/**
 * A background job's progress bar: its label, "done of total" once the total is known, and
 * indeterminate until then.
 */
export function JobProgress(props: {
  label: string;
  progress?: { done: number; total: number } | null;
  formatValue: (done: number, total: number) => string;
}) {
  const done = props.progress?.done ?? 0;
  const total = props.progress?.total ?? 0;
  return (
    <ProgressBar className="progress" value={done} maxValue={Math.max(total, done, 1)} isIndeterminate={!total}>
      {({ percentage }) => (
        <>
          <Label>{props.label}</Label>
          <span className="progress-value">{total ? props.formatValue(done, total) : ''}</span>
          <div className="progress-track">
            <div className="progress-fill" style={{ width: `${percentage ?? 0}%` }} />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
