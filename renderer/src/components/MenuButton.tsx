import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './menuButton.css';

export interface MenuItem {
  /** Stable key (not shown). */
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** A toggle: drawn with a tick, announced as a checkbox item. */
  checked?: boolean;
  /** Longer explanation, as a tooltip. */
  hint?: string;
  /** A separator goes before this item. */
  groupStart?: boolean;
}

/**
 * A button opening a menu of actions (the WAI-ARIA menu button pattern): Enter, Space or the arrow
 * keys open it, arrows and Home/End move between items, Escape closes it and gives focus back, Tab
 * or a click elsewhere closes it.
 */
export function MenuButton({ label, items, className = 'btn' }: { label: string; items: MenuItem[]; className?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const [focusAt, setFocusAt] = useState<number | null>(null);

  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((index) => index >= 0);
  const close = (refocus: boolean) => {
    setOpen(false);
    setFocusAt(null);
    if (refocus) button.current?.focus();
  };
  const show = (at: 'first' | 'last') => {
    setOpen(true);
    setFocusAt(at === 'first' ? (enabled[0] ?? null) : (enabled.at(-1) ?? null));
  };

  useEffect(() => {
    if (!open || focusAt === null) return;
    menu.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[focusAt]?.focus();
  }, [open, focusAt]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const onMenuKey = (event: KeyboardEvent) => {
    const current = focusAt ?? -1;
    const step = (delta: number) => {
      const at = enabled.indexOf(current);
      return enabled[(at + delta + enabled.length) % enabled.length] ?? null;
    };
    if (event.key === 'ArrowDown') setFocusAt(step(1));
    else if (event.key === 'ArrowUp') setFocusAt(step(-1));
    else if (event.key === 'Home') setFocusAt(enabled[0] ?? null);
    else if (event.key === 'End') setFocusAt(enabled.at(-1) ?? null);
    else if (event.key === 'Escape') close(true);
    else if (event.key === 'Tab') return close(false);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="menu-button">
      <button
        ref={button}
        type="button"
        className={`${className}${open ? ' is-on' : ''}`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.preventDefault();
            close(true);
          } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menu} id={id} className="menu" role="menu" aria-label={label} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <li
              key={item.id}
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              aria-disabled={item.disabled || undefined}
              tabIndex={focusAt === index ? 0 : -1}
              className={`menu-item${item.groupStart ? ' group-start' : ''}`}
              title={item.hint}
              onClick={() => {
                if (item.disabled) return;
                close(true);
                item.onSelect();
              }}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                if (item.disabled) return;
                close(true);
                item.onSelect();
              }}
              onPointerEnter={() => !item.disabled && setFocusAt(index)}
            >
              <span className="menu-check" aria-hidden="true">
                {item.checked ? '✓' : ''}
              </span>
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
