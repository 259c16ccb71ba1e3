import { useState, type InputHTMLAttributes } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'checked' | 'onChange'> & {
  checked: boolean;
  /** The edit (a backend call answering null when it failed); the box shows the new state at once. */
  onChecked: (checked: boolean) => Promise<unknown>;
};

/**
 * A checkbox whose state is stored by the backend: it changes under the click, shows the stored state
 * as soon as that changes (the refreshed query), and goes back if the edit failed.
 */
export function OptimisticCheckbox({ checked, onChecked, ...rest }: Props) {
  const [pending, setPending] = useState<{ value: boolean; against: boolean } | null>(null);
  // Once the saved value moves (the save landed, or an undo put it back), it is what is shown again:
  // a kept guess would show an undone tick as still ticked.
  if (pending && pending.against !== checked) setPending(null);
  const shown = pending && pending.against === checked ? pending.value : checked;
  return (
    <input
      {...rest}
      type="checkbox"
      checked={shown}
      onChange={(event) => {
        const value = event.target.checked;
        setPending({ value, against: checked });
        void onChecked(value).then((result) => {
          if (result === null) setPending(null);
        });
      }}
    />
  );
}
