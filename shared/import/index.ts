/** The people import, from file bytes to what `people.import` takes. */
export * from './message.js';
export * from './decodeText.js';
export * from './table.js';
export * from './csvTable.js';
export * from './xlsxTable.js';
export * from './readFile.js';
export * from './columnGuess.js';
export * from './duplicates.js';
export * from './plan.js';
