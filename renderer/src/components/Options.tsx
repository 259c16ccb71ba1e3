/** One <option> per value, shown as its label (by default the value itself). */
export function Options<V extends string>({ values, label = (value) => value }: { values: readonly V[]; label?: (value: V) => string }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
