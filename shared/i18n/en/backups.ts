/** English strings of the backups section of the settings page. */
export const backups = {
  title: 'Backups',
  hint: 'Keyplan backs up your data when it starts and every 6 hours (a few are kept per day), in the “backups” folder next to the database file. Restoring a backup replaces your current data with the data in it. The 10 newest safety backups taken before a restore are kept; backups you make yourself are never deleted by Keyplan.',
  backUpNow: 'Back up now',
  backingUp: 'Backing up…',
  created: 'Backup made.',
  listLabel: 'Backups',
  columns: { createdAt: 'Taken', kind: 'Kind', size: 'Size', actions: 'Actions' },
  kinds: { automatic: 'Automatic', manual: 'Made by you', 'before-migration': 'Before an update', 'before-restore': 'Before a restore' },
  empty: 'No backups yet. Keyplan makes the first one when it starts; you can also back up now.',
  restore: 'Restore…',
  restoreLabel: 'Restore the backup of {{date}}',
  confirmTitle: 'Restore this backup?',
  confirmBody:
    'All accounts, people, links and team members will be replaced by those in the backup of {{date}}. First, Keyplan backs up your current data: that safety backup appears in this list, so you can go back to it. Your language setting stays as it is.',
  confirm: 'Restore',
  restoring: 'Restoring…',
  restored: 'Restored the backup of {{date}}. Your data from before is in the safety backup at the top of the list.',
  errors: {
    badName: 'Choose a backup from the list: “{{name}}” is not the name of a backup file.',
    notFound: 'There is no backup “{{name}}” in the backups folder (it may have been deleted).',
    unreadable: 'This backup file is damaged or is not a Keyplan database, so it was not restored. Your data is unchanged.',
    otherVersion: 'This backup was made by a newer or different version of Keyplan and cannot be restored here. Your data is unchanged.',
    badRow:
      'This backup holds a row Keyplan would not accept (table “{{table}}”, row “{{id}}”, field “{{field}}”), so it was not restored. Your data is unchanged.',
    upgradeFailed: 'This backup could not be brought up to date for this version of Keyplan ({{reason}}). Your data is unchanged.',
    writeFailed: 'The backup could not be written ({{reason}}).',
    safetyFailed: 'Your current data could not be backed up first ({{reason}}), so nothing was restored. Your data is unchanged.',
    restoreFailed: 'Restoring failed ({{reason}}). Your data is unchanged.',
  },
};
