/** The map's remembered on/off choices (on unless turned off), kept in the browser's storage. */
function flag(key: string) {
  return {
    read(): boolean {
      try {
        return window.localStorage.getItem(key) !== 'off';
      } catch {
        return true;
      }
    },
    save(on: boolean): void {
      try {
        window.localStorage.setItem(key, on ? 'on' : 'off');
      } catch {
        // Storage unavailable (private mode, quota): the choice lasts until the map is closed.
      }
    },
  };
}

/** Org charts laid out compact (reports without reports of their own stacked in columns). */
const compact = flag('keyplan.map.compact');
export const readCompact = compact.read;
export const saveCompact = compact.save;

/** The minimap, when part of the map is out of view. */
const minimap = flag('keyplan.map.minimap');
export const readMinimap = minimap.read;
export const saveMinimap = minimap.save;
