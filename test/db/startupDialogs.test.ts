import { describe, expect, it } from 'vitest';
import { NotKeyplanDatabaseError, type RecoveryPlan } from '../../db/index.js';
import { damagedPrompt, recoveredNotice, startupFailure } from '../../electron/startup.js';
import { LANGUAGES, messages } from '../../shared/i18n/index.js';

const plan = (withBackup: boolean): RecoveryPlan => ({
  databasePath: '/data/keyplan.db',
  backupDir: '/data/backups',
  damagedPath: '/data/keyplan-damaged-2025-07-01T12-00-00-000Z.db',
  backup: withBackup
    ? { path: '/data/backups/keyplan-2025-06-30T08-00-00.db', name: 'keyplan-2025-06-30T08-00-00.db', createdAt: '2025-06-30T08:00:00.000Z', kind: 'automatic', sizeBytes: 1 }
    : null,
});

describe.each(LANGUAGES)('start-up dialogs in %s', (language) => {
  const text = messages[language].startup;

  it('offers the newest intact backup or quitting, naming where the damaged file goes', () => {
    const prompt = damagedPrompt(plan(true), 'quick_check failed', text, language);
    expect(prompt.title).toBe(text.damagedTitle);
    expect(prompt.buttons).toHaveLength(2);
    expect(prompt.restoreButton).toBe(0);
    expect(prompt.buttons[1]).toBe(text.quit);
    expect(prompt.detail).toContain('/data/keyplan-damaged-2025-07-01T12-00-00-000Z.db');
    expect(prompt.detail).toContain('/data/keyplan.db');
    expect(prompt.detail).not.toMatch(/\{\{/);
    expect(recoveredNotice(plan(true), text, language).message).toContain('/data/keyplan-damaged-2025-07-01T12-00-00-000Z.db');
  });

  it('only offers to quit when no backup is intact', () => {
    const prompt = damagedPrompt(plan(false), 'quick_check failed', text, language);
    expect(prompt.buttons).toEqual([text.quit]);
    expect(prompt.restoreButton).toBe(null);
    expect(prompt.detail).toContain('/data/backups');
  });

  it('says a file of another program was left alone', () => {
    const { title, body } = startupFailure(new NotKeyplanDatabaseError('/data/other.db'), '/data/other.db', text);
    expect(title).toBe(text.notKeyplanTitle);
    expect(body).toContain('/data/other.db');
  });
});
