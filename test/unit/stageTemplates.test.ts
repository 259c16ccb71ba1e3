import { describe, expect, it } from 'vitest';
import { RELATIONSHIP_PHASES } from '../../shared/domain/accounts.js';
import { textIn, type StageTemplate } from '../../shared/domain/plan/stageTemplate.js';
import { copyTemplate } from '../../shared/domain/plan/templateCopy.js';
import { validateStageTemplate } from '../../shared/domain/plan/templateValidation.js';
import { LANGUAGES } from '../../shared/i18n/languages.js';
import { RELATIONSHIP_PLAN_TEMPLATES, SIX_STAGES, SIX_STEPS, STAGE_TEMPLATES, stageTemplateByKey } from '../../shared/templates/stages.js';

const zh = (template: StageTemplate) => template.stages.map((s) => s.name['zh-CN']);
const codes = (template: StageTemplate) => validateStageTemplate(template).map((p) => `${p.code} ${p.path}`);

describe('built-in stage templates', () => {
  it('are the six stages and the six steps, in order, each with its key node', () => {
    expect(zh(SIX_STAGES)).toEqual(['客户开发', '立项', '提案', '招投标', '商务谈判', '工程实施']);
    expect(SIX_STAGES.stages.map((s) => s.keyNode['zh-CN'])).toEqual([
      '准确的项目信息',
      '售前立项',
      '有效的客户关系推进',
      '投标或议标',
      '合同审批和合同签订',
      '工程验收和项目结项',
    ]);
    expect(zh(SIX_STEPS)).toEqual(['客户分析', '建立信任', '挖掘需求', '呈现价值', '赢取承诺', '跟进服务']);
    expect(stageTemplateByKey('six_steps')).toBe(SIX_STEPS);
  });

  it('give each of the six steps a start and an end marker, each starting where the one before ends', () => {
    expect(SIX_STEPS.stages[0]!.startMarker!['zh-CN']).toBe('锁定目标客户');
    expect(SIX_STEPS.stages.map((s) => s.endMarker!['zh-CN'])).toEqual([
      '发现明确的销售机会',
      '与关键人物建立良好关系',
      '明确的（通常是书面的）需求，了解采购阶段',
      '开始谈判',
      '签订协议',
      '客户全额付款',
    ]);
    SIX_STEPS.stages.slice(1).forEach((step, i) => expect(step.startMarker).toEqual(SIX_STEPS.stages[i]!.endMarker));
  });

  it('carry the literature’s default work', () => {
    const tasks = (template: StageTemplate, key: string) => template.stages.find((s) => s.key === key)!.tasks.map((t) => t.label['zh-CN']);
    expect(tasks(SIX_STAGES, 'customer_development')).toEqual(expect.arrayContaining(['客户线索寻找', '评估预算', '评估竞争', '判断是否符合公司战略']));
    expect(tasks(SIX_STAGES, 'proposal')).toEqual(['发展向导', '关键人物表', '痛苦链分析', '价值主张', '参考案例', '方案呈现']);
    expect(tasks(SIX_STAGES, 'negotiation')).toEqual(expect.arrayContaining(['谈判计划表', '合同审批', '合同签订']));
    expect(tasks(SIX_STAGES, 'implementation')).toEqual(['实施计划', '验收', '回款', '项目结项']);
    expect(tasks(SIX_STEPS, 'account_analysis')).toEqual(['发展向导', '收集资料', '组织结构分析', '判断销售机会']);
  });

  it.each(STAGE_TEMPLATES.map((t) => [t.key, t] as const))('%s passes its own checks and is filled in in both languages', (_key, template) => {
    expect(validateStageTemplate(template)).toEqual([]);
    for (const stage of template.stages) {
      expect(stage.exitCriteria.length, stage.key).toBeGreaterThan(0);
      expect(stage.objectives.length, stage.key).toBeGreaterThan(0);
      expect(stage.tasks.length, stage.key).toBeGreaterThan(0);
      const texts = [stage.name, stage.keyNode, ...stage.objectives, ...stage.exitCriteria.map((c) => c.label), ...stage.tasks.map((t) => t.label)];
      for (const text of texts) for (const language of LANGUAGES) expect(text[language].trim(), `${stage.key} ${language}`).not.toBe('');
    }
  });

  it('plan each relationship phase; stabilizing includes crisis prevention, several channels and a complaint route', () => {
    expect(Object.keys(RELATIONSHIP_PLAN_TEMPLATES).sort()).toEqual([...RELATIONSHIP_PHASES].sort());
    for (const phase of RELATIONSHIP_PHASES) {
      const plan = RELATIONSHIP_PLAN_TEMPLATES[phase];
      expect(plan.phase).toBe(phase);
      expect(plan.objectives.length).toBeGreaterThan(0);
      expect(new Set(plan.tasks.map((t) => t.key)).size).toBe(plan.tasks.length);
    }
    expect(RELATIONSHIP_PLAN_TEMPLATES.stabilize.tasks.map((t) => t.key)).toEqual(expect.arrayContaining(['crisis_prevention', 'multi_channel', 'complaint_channel']));
  });
});

describe('template copies and checks', () => {
  it('copy deeply, start again at version 1 and remember the original', () => {
    const copy = copyTemplate(SIX_STAGES, { key: 'mine', name: { 'zh-CN': '我的流程', en: 'My process' } });
    expect(copy).toMatchObject({ key: 'mine', version: 1, name: { en: 'My process' }, basedOn: { key: 'six_stages', version: SIX_STAGES.version } });
    copy.stages[0]!.name.en = 'Changed';
    copy.stages[0]!.exitCriteria.pop();
    expect(SIX_STAGES.stages[0]!.name.en).toBe('Customer development');
    expect(SIX_STAGES.stages[0]!.exitCriteria).toHaveLength(6);
    expect(copyTemplate(copy, { key: 'again' }).basedOn).toEqual({ key: 'six_stages', version: SIX_STAGES.version });
    expect(copyTemplate(copy, { key: 'again' }).name).toEqual(copy.name);
  });

  it('name every problem with a code and a path', () => {
    expect(codes({ ...SIX_STAGES, key: ' ', version: 0, name: { 'zh-CN': '', en: ' ' }, stages: [] })).toEqual([
      'emptyKey key',
      'badVersion version',
      'emptyName name',
      'noStages stages',
    ]);
    const broken = copyTemplate(SIX_STAGES, { key: 'broken' });
    broken.stages[1]!.key = 'customer_development';
    broken.stages[2]!.name = { 'zh-CN': ' ', en: '' };
    broken.stages[2]!.keyNode = { 'zh-CN': '', en: '' };
    broken.stages[3]!.exitCriteria.push({ ...broken.stages[3]!.exitCriteria[0]! });
    broken.stages[3]!.tasks[1]!.key = broken.stages[3]!.tasks[0]!.key;
    broken.stages[4]!.tasks[0]!.label = { 'zh-CN': '', en: '' };
    broken.stages[4]!.tasks[1]!.key = '';
    broken.stages[5]!.objectives[0] = { 'zh-CN': '', en: '' };
    broken.stages[5]!.key = '';
    expect(codes(broken)).toEqual([
      'duplicateStageKey stages.1.key',
      'emptyStageName stages.2.name',
      'emptyKeyNode stages.2.keyNode',
      'duplicateCriterionKey stages.3.exitCriteria.3.key',
      'duplicateTaskKey stages.3.tasks.1.key',
      'emptyLabel stages.4.tasks.0.label',
      'emptyItemKey stages.4.tasks.1.key',
      'emptyStageKey stages.5.key',
      'emptyObjective stages.5.objectives.0',
    ]);
    expect(validateStageTemplate(broken)[0]).toEqual({
      code: 'duplicateStageKey',
      key: 'plan.templateProblems.duplicateStageKey',
      path: 'stages.1.key',
      params: { stage: 2, key: 'customer_development' },
    });
  });

  it('accept text in one language only, shown in the other as a fallback', () => {
    const copy = copyTemplate(SIX_STAGES, { key: 'zh-only', name: { 'zh-CN': '我的流程', en: '' } });
    expect(validateStageTemplate(copy)).toEqual([]);
    expect(textIn(copy.name, 'en')).toBe('我的流程');
    expect(textIn(copy.name, 'zh-CN')).toBe('我的流程');
  });
});
