import type { Page } from 'playwright-core';

/** Dismisses every alert, confirm or prompt the page opens and lists their messages (hostile text must never open one). */
export function watchDialogs(page: Page): string[] {
  const messages: string[] = [];
  page.on('dialog', (dialog) => {
    messages.push(dialog.message());
    void dialog.dismiss();
  });
  return messages;
}
