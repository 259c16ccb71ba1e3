/** Whether org charts are laid out compact (reports without reports of their own stacked in columns): on unless turned off. */
const KEY = 'keyplan.map.compact';

export function readCompact(): boolean {
  try {
    return window.localStorage.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
}

export function saveCompact(compact: boolean): void {
  try {
    window.localStorage.setItem(KEY, compact ? 'on' : 'off');
  } catch {
    // Storage unavailable (private mode, quota): the choice lasts until the map is closed.
  }
}
