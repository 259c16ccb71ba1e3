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
}

interface ToastState {
  toasts: Toast[];
  push(toast: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] }): void;
  dismiss(id: number): void;
}

let nextId = 1;
const TOAST_MS = 8000;

export const useToasts = create<ToastState>((set, get) => ({
  toasts: [],
  push(toast) {
    const id = nextId++;
    set({ toasts: [...get().toasts.slice(-3), { tone: 'info', ...toast, id }] });
    window.setTimeout(() => get().dismiss(id), TOAST_MS);
  },
  dismiss(id) {
    set({ toasts: get().toasts.filter((t) => t.id !== id) });
  },
}));

export const toast = (text: string, action?: ToastAction) => useToasts.getState().push({ text, ...(action ? { action } : {}) });
export const toastError = (text: string) => useToasts.getState().push({ text, tone: 'error' });
