/** The history page's address, and of one run on it (the landing page and the push result link there). */
export const historyPath = '/history';

export function historyHref(runId?: number): string {
  return runId ? `${historyPath}?run=${runId}` : historyPath;
}
