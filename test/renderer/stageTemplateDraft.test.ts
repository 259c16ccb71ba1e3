import { describe, expect, it } from 'vitest';
import { TEXT_MAX } from '../../shared/domain/accounts.js';
import { copyTemplate } from '../../shared/domain/plan/templateCopy.js';
import { SIX_STAGES, SIX_STEPS } from '../../shared/templates/stages.js';
import {
  addItem,
  addObjective,
  addStage,
  firstStageWithProblems,
  freshKey,
  inputOf,
  isDirty,
  moveItem,
  moveStage,
  problemsOf,
  problemsUnder,
  removeStage,
  serverProblems,
  setItem,
  setMarker,
  setStage,
  toSave,
} from '../../renderer/src/features/plans/stageTemplateDraft.js';

const copy = copyTemplate(SIX_STAGES, { key: 'custom_1' });
const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

describe('stage template draft', () => {
  it('starts from the template without its key, version or origin, and is not dirty until something changes', () => {
    const draft = inputOf(copy);
    expect(Object.keys(draft)).toEqual(['name', 'stages']);
    expect(draft.stages.map((s) => s.key)).toEqual(SIX_STAGES.stages.map((s) => s.key));
    expect(isDirty(draft, copy)).toBe(false);
    expect(isDirty({ ...draft, name: text('我的流程', 'My process') }, copy)).toBe(true);
    // Only trailing spaces: nothing to save.
    expect(isDirty({ ...draft, name: text(`${draft.name['zh-CN']}  `, draft.name.en) }, copy)).toBe(false);
  });

  it('adds a stage with a fresh key and reorders and removes stages', () => {
    const draft = addStage(inputOf(copy));
    expect(draft.stages).toHaveLength(7);
    const added = draft.stages[6]!;
    expect(added.key).toBe('stage_7');
    expect(SIX_STAGES.stages.some((s) => s.key === added.key)).toBe(false);
    const moved = moveStage(draft, 6, -1);
    expect(moved.stages[5]!.key).toBe('stage_7');
    expect(moveStage(moved, 0, -1).stages.map((s) => s.key)).toEqual(moved.stages.map((s) => s.key));
    expect(removeStage(moved, 5).stages.map((s) => s.key)).toEqual(SIX_STAGES.stages.map((s) => s.key));
    expect(freshKey(['stage_7', 'stage_8'], 'stage_', 7)).toBe('stage_9');
  });

  it('adds exit criteria and tasks with keys not used in the stage, and edits and reorders them', () => {
    let stage = inputOf(copy).stages[0]!;
    const before = stage.exitCriteria.length;
    stage = addItem(addItem(stage, 'exitCriteria'), 'exitCriteria');
    const keys = stage.exitCriteria.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    stage = setItem(stage, 'exitCriteria', before, text('预算已批', 'Budget approved'));
    expect(stage.exitCriteria[before]!.label.en).toBe('Budget approved');
    stage = moveItem(stage, 'exitCriteria', before, -1);
    expect(stage.exitCriteria[before - 1]!.label.en).toBe('Budget approved');
    expect(addItem(stage, 'tasks').tasks.at(-1)!.key).toMatch(/^task_/);
  });

  it('drops a marker emptied in both languages, and leaves blank markers out of what is saved', () => {
    const stage = inputOf(SIX_STEPS).stages[0]!;
    expect(stage.startMarker).toBeDefined();
    expect(setMarker(stage, 'startMarker', text('', '')).startMarker).toBeUndefined();
    const spaces = setMarker(stage, 'endMarker', text(' ', ''));
    expect(spaces.endMarker).toBeDefined();
    expect(toSave({ name: text('a', 'a'), stages: [spaces] }).stages[0]!.endMarker).toBeUndefined();
  });

  it('finds an empty stage name, key node, criterion and objective at their fields', () => {
    let draft = addStage(inputOf(copy));
    draft = setStage(draft, 6, addObjective(addItem(draft.stages[6]!, 'exitCriteria')));
    const problems = problemsOf(draft, copy.key, 2);
    expect(problemsUnder(problems, 'stages.6.name').map((p) => p.key)).toEqual(['plan.templateProblems.emptyStageName']);
    expect(problemsUnder(problems, 'stages.6.keyNode').map((p) => p.key)).toEqual(['plan.templateProblems.emptyKeyNode']);
    expect(problemsUnder(problems, 'stages.6.exitCriteria.0').map((p) => p.key)).toEqual(['plan.templateProblems.emptyLabel']);
    expect(problemsUnder(problems, 'stages.6.objectives.0').map((p) => p.key)).toEqual(['plan.templateProblems.emptyObjective']);
    expect(problemsUnder(problems, 'stages.6.name')[0]!.params).toEqual({ stage: 7 });
    expect(firstStageWithProblems(problems)).toBe(6);
    // Whitespace is no name either.
    const named = setStage(draft, 6, { name: text('  ', ' '), keyNode: text('', 'Contract signed') });
    expect(problemsUnder(problemsOf(named, copy.key, 2), 'stages.6.name')).toHaveLength(1);
    expect(problemsUnder(problemsOf(named, copy.key, 2), 'stages.6.keyNode')).toHaveLength(0);
  });

  it('checks the contract schema too: a name too long is refused at its language', () => {
    const draft = { ...inputOf(copy), name: text('名称', 'x'.repeat(TEXT_MAX + 1)) };
    const problems = problemsOf(draft, copy.key, 2);
    expect(problems).toContainEqual(expect.objectContaining({ path: 'name.en', key: 'errors.tooLong' }));
    expect(problemsUnder(problems, 'name')).toHaveLength(1);
    expect(problemsOf(inputOf(copy), copy.key, 2)).toEqual([]);
    expect(problemsOf({ name: text('a', 'a'), stages: [] }, copy.key, 2).map((p) => p.path)).toEqual(['stages']);
  });

  it('reads the backend’s refused fields as problems of the draft', () => {
    expect(serverProblems([{ path: 'template.stages.1.name', key: 'plan.templateProblems.emptyStageName', message: '', params: { stage: 2 } }])).toEqual([
      { path: 'stages.1.name', key: 'plan.templateProblems.emptyStageName', params: { stage: 2 } },
    ]);
  });
});
