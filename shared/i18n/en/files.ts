/** English strings of saving, printing and showing files (the main-process channels). */
export const files = {
  filters: {
    svg: 'SVG image',
    png: 'PNG image',
    pdf: 'PDF document',
    csv: 'CSV table',
    xlsx: 'Excel workbook',
    json: 'Keyplan exchange file',
    ics: 'Calendar file',
  },
  errors: {
    writeFailed: 'The file could not be written: {{reason}}',
    notSaved: 'Keyplan did not save this file in this session.',
  },
};
