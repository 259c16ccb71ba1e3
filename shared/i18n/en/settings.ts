/** English strings of the settings page. */
export const settings = {
  title: 'Settings',
  language: 'Language',
  languageHint: 'Keyplan starts in your system’s language until you choose one here.',
  languages: { 'zh-CN': '简体中文', en: 'English' },
  database: 'Your data',
  databaseHint: 'Everything is stored in one file on this computer. Nothing is sent anywhere.',
  databasePath: 'Database file',
  version: 'Version',
  schema: 'database schema {{version}}',
  saved: 'Language saved.',
};
