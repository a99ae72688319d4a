/**
 * Reloads the whole frontend at a route after the backend switched between demo and real
 * data: every page, the demo labels and the cached app info then come from the new
 * database. Its own module so tests can replace it (jsdom cannot navigate).
 */
export function reloadAt(hash: string): void {
  window.location.hash = hash;
  window.location.reload();
}
