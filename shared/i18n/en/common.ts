/** English strings of the app shell: its name, the navigation and words shared by every screen. */
export const app = {
  name: 'Keyplan',
  tagline: 'Key-account planning, offline',
  loading: 'Loading…',
  skipToContent: 'Skip to content',
};

export const nav = {
  accounts: 'Accounts',
  settings: 'Settings',
  main: 'Main navigation',
  back: 'Back to accounts',
};

export const common = {
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  delete: 'Delete',
  edit: 'Edit',
  close: 'Close',
  undo: 'Undo',
  confirm: 'Confirm',
  none: '—',
  notSet: 'Not set',
  archived: 'Archived',
  showInFolder: 'Show in folder',
  retry: 'Try again',
};
