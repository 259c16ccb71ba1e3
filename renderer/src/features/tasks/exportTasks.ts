import type { TFunction } from 'i18next';
import type { Task } from '../../../../shared/contract/index.js';
import { tasksToICalendar } from '../../../../shared/domain/plan/tasksCalendar.js';
import { fileNameOf, saveFile } from '../../api/files.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';

/** The open tasks with a due date as an .ics file, saved through the main process's save dialog. */
export async function exportTasks<T extends Pick<Task, 'id' | 'title' | 'dueDate' | 'status'>>(t: TFunction, name: string, tasks: readonly T[], describe: (task: T) => string) {
  const open = tasks.filter((task) => task.status === 'open' && task.dueDate);
  if (open.length === 0) {
    toast(t('tasks.exportNone'));
    return;
  }
  const text = tasksToICalendar(open, {
    calendarName: t('tasks.calendarName', { name }),
    stamp: new Date().toISOString(),
    describe: (task) => describe(task as T),
  });
  try {
    const path = await saveFile(`${name.replace(/[\\/\0:*?"<>|]/g, '_')}.ics`, 'ics', text);
    if (path) toast(t('tasks.exported', { name: fileNameOf(path) }));
  } catch (error) {
    toastError(errorText(t, error));
  }
}
