import { create } from 'zustand';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: ToastAction;
  /** The page it belongs to (see pageOf); it goes when the user leaves that page. */
  page: string;
  at: number;
}

interface ToastState {
  toasts: Toast[];
  /** The page shown now. */
  page: string;
  push(toast: Pick<Toast, 'text'> & Partial<Pick<Toast, 'tone' | 'action'>>): void;
  dismiss(id: number): void;
  /** The user moved to `page`: toasts of other pages go, but one raised just now came along (the action that navigated raised it). */
  enter(page: string): void;
}

let nextId = 1;
const TOAST_MS = 8000;
/**
 * A toast this young when the page changes was raised by what changed the page ("Account created",
 * then the account opens; "Deleted — Undo", then back to the list), and belongs to the new one.
 */
const CARRIED_MS = 400;

/**
 * The page a path belongs to, for toasts: everything inside one account is one page (an Undo raised
 * in its map still works in its table), every other screen is its own.
 */
export const pageOf = (pathname: string): string => /^\/accounts\/[^/]+/.exec(pathname)?.[0] ?? pathname;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  page: '',
  push(toast) {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { tone: 'info', ...toast, id, page: get().page, at: Date.now() }] });
    window.setTimeout(() => get().dismiss(id), TOAST_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
  enter(page) {
    if (page === get().page) return;
    const now = Date.now();
    set({
      page,
      toasts: get()
        .toasts.filter((t) => t.page === page || now - t.at < CARRIED_MS)
        .map((t) => ({ ...t, page })),
    });
  },
}));

export const toast = (text: string, action?: ToastAction) => useToasts.getState().push({ text, ...(action ? { action } : {}) });
export const toastError = (text: string) => useToasts.getState().push({ text, tone: 'error' });
