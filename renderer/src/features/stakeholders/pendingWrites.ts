/**
 * Fields sent to the backend whose answer has not patched the cached map yet, per person or link.
 * An edit made meanwhile (a second nudge, a second change in the table) must take back only itself:
 * its undo restores what the edit before it wrote, not what the cache still holds.
 */
const pending = new Map<string, { fields: Record<string, unknown>; count: number }>();

/** The keys writes are noted under: a person's, a link's. */
export const personWrites = (id: string) => `person:${id}`;
export const linkWrites = (id: string) => `link:${id}`;

/** Notes fields on their way; call the answer when the write is answered (or failed). */
export function sending(key: string, fields: object): () => void {
  const entry = pending.get(key) ?? { fields: {}, count: 0 };
  entry.fields = { ...entry.fields, ...fields };
  entry.count += 1;
  pending.set(key, entry);
  return () => {
    if (--entry.count === 0 && pending.get(key) === entry) pending.delete(key);
  };
}

/** The stored values of `fields`, with any still on their way in place of the cache's. */
export function latest<T extends object>(key: string, stored: T, fields: readonly (keyof T)[]): Partial<T> {
  const sent = pending.get(key)?.fields ?? {};
  return Object.fromEntries(fields.map((f) => [f, f in sent ? sent[f as string] : stored[f]])) as Partial<T>;
}
