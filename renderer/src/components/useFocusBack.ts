import { useEffect, useRef } from 'react';

/**
 * For a button that opens an in-place editor: when the editor closes and focus fell to the page
 * (closed by keyboard), focus goes back to the button; not when the user clicked elsewhere.
 */
export function useFocusBack(editing: boolean) {
  const ref = useRef<HTMLButtonElement>(null);
  const was = useRef(editing);
  useEffect(() => {
    if (was.current && !editing && (document.activeElement === document.body || document.activeElement === null)) ref.current?.focus();
    was.current = editing;
  }, [editing]);
  return ref;
}
