import type { ExistingPerson } from '../../shared/import/index.js';

/** Someone already in the account, as the import sees them, with empty fields unless given. */
export const existingPerson = (id: string, name: string, over: Partial<ExistingPerson> = {}): ExistingPerson => ({
  id,
  name,
  title: '',
  department: '',
  email: '',
  phone: '',
  reportsToId: null,
  ...over,
});
