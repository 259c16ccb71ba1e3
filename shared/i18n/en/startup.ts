/** English strings of the dialogs shown when the app cannot start (main process). */
export const startup = {
  openFailedTitle: 'Keyplan could not open your data',
  openFailed: 'Keyplan could not open its database file and will close. Nothing was changed or deleted.',
  migrationFailedTitle: 'Keyplan could not update your data',
  migrationFailed: 'Keyplan could not update its database for this version and will close. Nothing was deleted or restored.',
  reason: 'What failed: {{reason}}',
  databaseAt: 'Database file (left as it was): {{path}}',
  backupAt: 'A backup taken just before the update: {{path}}',
  noBackup: 'No backup was needed: the update stopped before changing anything.',
  startFailedTitle: 'Keyplan could not start',
  startFailed: 'Keyplan stopped while starting. Nothing was changed or deleted.',
  rendererMissing: 'Keyplan’s interface files are missing ({{path}}). Run `npm run build`, or reinstall Keyplan.',
};
