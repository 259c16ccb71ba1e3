import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { StageTemplateEntry, StageTemplateInput } from '../../../../shared/contract/index.js';
import { textIn, type LocalizedText, type StageTemplate } from '../../../../shared/domain/plan/stageTemplate.js';
import { ApiCallError } from '../../api/client.js';
import { useApiQuery } from '../../api/freshness.js';
import { toast } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import { UndoButtons } from '../../undo/UndoButtons.js';
import { STAGE_TEMPLATES_SCOPE, useStageTemplateCommands } from './stageTemplateCommands.js';
import {
  addItem,
  addObjective,
  addStage,
  firstStageWithProblems,
  inputOf,
  isDirty,
  moveItem,
  moveObjective,
  moveStage,
  problemsAt,
  problemsOf,
  problemsUnder,
  removeItem,
  removeObjective,
  removeStage,
  serverProblems,
  setItem,
  setMarker,
  setObjective,
  setStage,
  toSave,
  type DraftProblem,
  type StageDraft,
} from './stageTemplateDraft.js';
import { CopyDialog } from './CopyStageTemplateDialog.js';
import { TextPair } from './TextPair.js';

/** One process: a built-in shown read-only (with Copy), a user's copy edited; saving makes its next version. */
export function StageTemplateEditor() {
  const { t } = useTranslation();
  const { templateKey = '' } = useParams();
  const versions = useApiQuery('stageTemplates.versions', { key: templateKey });
  const latest = versions.data?.[0];
  const back = (
    <Link to="/stage-templates" className="back-link">
      ← {t('stageTemplates.title')}
    </Link>
  );
  if (versions.isError) {
    return (
      <section className="page">
        {back}
        <div className="form-alert" role="alert">
          {errorText(t, versions.error)}
        </div>
      </section>
    );
  }
  if (!latest) return <p className="page muted">{t('app.loading')}</p>;
  if (latest.builtIn) return <ReadOnlyView entry={latest} back={back} />;
  // A new version (saved here, or by undo) starts the draft again from it.
  return <Editor key={`${latest.template.key}@${latest.template.version}`} entry={latest} versions={versions.data ?? []} back={back} />;
}

function Meta({ entry, versions }: { entry: StageTemplateEntry; versions?: StageTemplateEntry[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const list = useApiQuery('stageTemplates.list', {});
  const { template } = entry;
  const basedOn = template.basedOn;
  const basedOnName = basedOn ? list.data?.find((e) => e.template.key === basedOn.key)?.template.name : undefined;
  const date = (iso: string) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  return (
    <p className="muted">
      {t('stageTemplates.stagesCount', { count: template.stages.length })} · {t('stageTemplates.version', { version: template.version })}
      {basedOn && ` · ${t('stageTemplates.basedOn', { name: basedOnName ? textIn(basedOnName, language) : basedOn.key, version: basedOn.version })}`}
      {versions && versions.length > 1 && (
        <>
          {' · '}
          <span className="versions" title={versions.map((v) => (v.createdAt ? t('stageTemplates.versionAt', { version: v.template.version, date: date(v.createdAt) }) : '')).join('\n')}>
            {t('stageTemplates.versions')}: {versions.map((v) => v.template.version).join(', ')}
          </span>
        </>
      )}
    </p>
  );
}

function ReadOnlyView({ entry, back }: { entry: StageTemplateEntry; back: React.ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [copying, setCopying] = useState(false);
  const { template } = entry;
  const name = textIn(template.name, language);
  const list = (title: string, items: LocalizedText[]) => (
    <>
      <h4>{title}</h4>
      {items.length === 0 ? (
        <p className="muted small">{t('stageTemplates.none')}</p>
      ) : (
        <ul>
          {items.map((item, i) => (
            <li key={i}>{textIn(item, language)}</li>
          ))}
        </ul>
      )}
    </>
  );
  return (
    <section className="page stage-template-view" aria-labelledby="stage-template-title">
      {back}
      <header className="page-header">
        <div>
          <h1 id="stage-template-title">
            {name} <span className="badge badge-muted">{t('stageTemplates.builtIn')}</span>
          </h1>
          <Meta entry={entry} />
          <p className="muted">{t('stageTemplates.readOnly')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="btn btn-primary" onClick={() => setCopying(true)} aria-label={t('stageTemplates.copyOf', { name })}>
            {t('stageTemplates.copy')}
          </button>
        </div>
      </header>
      <ol className="stage-view-list">
        {template.stages.map((stage, i) => (
          <li key={stage.key} className="stage-card">
            <h3>
              {i + 1}. {textIn(stage.name, language)}
            </h3>
            <p className="key-node">{t('stagePlan.keyNode', { node: textIn(stage.keyNode, language) })}</p>
            {stage.startMarker && <p className="muted small">{t('stagePlan.startMarker', { text: textIn(stage.startMarker, language) })}</p>}
            {stage.endMarker && <p className="muted small">{t('stagePlan.endMarker', { text: textIn(stage.endMarker, language) })}</p>}
            <div className="stage-view-lists">
              <div>{list(t('stageTemplates.exitCriteria'), stage.exitCriteria.map((c) => c.label))}</div>
              <div>{list(t('stageTemplates.objectives'), stage.objectives)}</div>
              <div>{list(t('stageTemplates.tasks'), stage.tasks.map((c) => c.label))}</div>
            </div>
          </li>
        ))}
      </ol>
      {copying && <CopyDialog entry={entry} onClose={() => setCopying(false)} />}
    </section>
  );
}

function Editor({ entry, versions, back }: { entry: StageTemplateEntry; versions: StageTemplateEntry[]; back: React.ReactNode }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const template: StageTemplate = entry.template;
  const [draft, setDraft] = useState<StageTemplateInput>(() => inputOf(template));
  const [selected, setSelected] = useState(0);
  const [attempted, setAttempted] = useState(false);
  const [server, setServer] = useState<DraftProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const formRef = useRef<HTMLDivElement>(null);
  const onError = useCallback((error: unknown) => {
    if (error instanceof ApiCallError && error.error.fields) setServer(serverProblems(error.error.fields));
  }, []);
  const commands = useStageTemplateCommands(onError);
  const next = template.version + 1;
  const local = problemsOf(draft, template.key, next);
  const problems = attempted ? [...local, ...server] : server;
  const dirty = isDirty(draft, template);
  const stage = draft.stages[Math.min(selected, draft.stages.length - 1)];
  const stageIndex = Math.min(selected, draft.stages.length - 1);
  const [focusInvalid, setFocusInvalid] = useState(0);
  useEffect(() => {
    if (focusInvalid > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusInvalid]);

  const edit = (change: (d: StageTemplateInput) => StageTemplateInput) => {
    setServer([]);
    setDraft(change);
  };
  const editStage = (change: (s: StageDraft) => StageDraft) => edit((d) => setStage(d, stageIndex, change(d.stages[stageIndex]!)));
  const save = async () => {
    setAttempted(true);
    if (local.length > 0) {
      const first = firstStageWithProblems(local);
      if (first >= 0) setSelected(first);
      setFocusInvalid((n) => n + 1);
      return;
    }
    setSaving(true);
    const saved = await commands.save(template, toSave(draft));
    setSaving(false);
    if (saved) toast(t('stageTemplates.saved', { version: saved.template.version }));
    else setFocusInvalid((n) => n + 1);
  };
  const messagesAt = (path: string) => problemsUnder(problems, path).map((p) => t(p.key, p.params));
  const stageName = (s: StageDraft, i: number) => textIn(s.name, language) || t('stageTemplates.stageN', { n: i + 1 });
  const pair = (name: string): [string, string] => [t('stageTemplates.inChinese', { name }), t('stageTemplates.inEnglish', { name })];

  return (
    <section className="page stage-template-editor" aria-labelledby="stage-template-title">
      {back}
      <header className="page-header">
        <div>
          <h1 id="stage-template-title">{textIn(template.name, language)}</h1>
          <Meta entry={entry} versions={versions} />
        </div>
        <div className="page-actions">
          <UndoButtons scope={STAGE_TEMPLATES_SCOPE} />
          {dirty && (
            <button type="button" className="btn" onClick={() => { setDraft(inputOf(template)); setAttempted(false); setServer([]); }}>
              {t('stageTemplates.discard')}
            </button>
          )}
          <button type="button" className="btn btn-primary" disabled={!dirty || saving} onClick={() => void save()}>
            {t('stageTemplates.save', { version: next })}
          </button>
        </div>
      </header>
      {attempted && problems.length > 0 && (
        <div className="form-alert" role="alert">
          {t('stageTemplates.problems', { count: problems.length })}
        </div>
      )}
      <div ref={formRef}>
        <TextPair className="template-name" labels={[t('stageTemplates.nameZh'), t('stageTemplates.nameEn')]} value={draft.name} onChange={(name) => edit((d) => ({ ...d, name }))} errors={messagesAt('name')} />
        <div className="stage-editor">
          <nav className="stage-editor-list" aria-label={t('stageTemplates.stages')}>
            <h2>{t('stageTemplates.stages')}</h2>
            {problemsAt(problems, 'stages').length > 0 && (
              <p className="field-error" role="alert">
                {problemsAt(problems, 'stages').map((p) => t(p.key, p.params)).join(' ')}
              </p>
            )}
            <ol>
              {draft.stages.map((s, i) => {
                const name = stageName(s, i);
                const bad = problemsUnder(problems, `stages.${i}`).length > 0;
                return (
                  <li key={`${s.key}-${i}`} className={`stage-editor-item${i === stageIndex ? ' selected' : ''}${bad ? ' has-problems' : ''}`}>
                    <button type="button" className="stage-editor-pick" aria-current={i === stageIndex ? 'true' : undefined} onClick={() => setSelected(i)}>
                      <span className="stage-editor-name">
                        {i + 1}. {name}
                      </span>
                      <span className="stage-editor-node">{textIn(s.keyNode, language)}</span>
                      {bad && <span className="stage-editor-bad">{t('stageTemplates.hasProblems')}</span>}
                    </button>
                    <span className="stage-editor-moves">
                      <button type="button" className="btn btn-small" disabled={i === 0} onClick={() => { edit((d) => moveStage(d, i, -1)); if (i === stageIndex) setSelected(i - 1); }} aria-label={t('stageTemplates.up', { name })}>
                        ↑
                      </button>
                      <button type="button" className="btn btn-small" disabled={i === draft.stages.length - 1} onClick={() => { edit((d) => moveStage(d, i, 1)); if (i === stageIndex) setSelected(i + 1); }} aria-label={t('stageTemplates.down', { name })}>
                        ↓
                      </button>
                      <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => { edit((d) => removeStage(d, i)); if (i < stageIndex) setSelected(stageIndex - 1); }} aria-label={t('stageTemplates.remove', { name })}>
                        ×
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
            <button
              type="button"
              className="btn"
              onClick={() => {
                edit(addStage);
                setSelected(draft.stages.length);
              }}
            >
              {t('stageTemplates.addStage')}
            </button>
          </nav>
          {stage && (
            <div className="stage-card stage-editor-form" role="group" aria-label={stageName(stage, stageIndex)}>
              <h3>{t('stageTemplates.stageN', { n: stageIndex + 1 })}</h3>
              <TextPair labels={pair(t('stageTemplates.stageName'))} value={stage.name} onChange={(name) => editStage((s) => ({ ...s, name }))} errors={messagesAt(`stages.${stageIndex}.name`)} />
              <TextPair labels={pair(t('stageTemplates.keyNode'))} value={stage.keyNode} hint={t('stageTemplates.keyNodeHint')} onChange={(keyNode) => editStage((s) => ({ ...s, keyNode }))} errors={messagesAt(`stages.${stageIndex}.keyNode`)} />
              <TextPair labels={pair(t('stageTemplates.startMarker'))} value={stage.startMarker ?? { 'zh-CN': '', en: '' }} onChange={(value) => editStage((s) => setMarker(s, 'startMarker', value))} errors={messagesAt(`stages.${stageIndex}.startMarker`)} />
              <TextPair labels={pair(t('stageTemplates.endMarker'))} value={stage.endMarker ?? { 'zh-CN': '', en: '' }} hint={t('stageTemplates.markersHint')} onChange={(value) => editStage((s) => setMarker(s, 'endMarker', value))} errors={messagesAt(`stages.${stageIndex}.endMarker`)} />
              {problemsUnder(problems, `stages.${stageIndex}.key`).length > 0 && (
                <p className="field-error" role="alert">
                  {messagesAt(`stages.${stageIndex}.key`).join(' ')}
                </p>
              )}
              <ItemsEditor
                title={t('stageTemplates.exitCriteria')}
                hint={t('stageTemplates.exitCriteriaHint')}
                items={stage.exitCriteria.map((c) => c.label)}
                itemName={(n) => t('stageTemplates.criterionN', { n })}
                addLabel={t('stageTemplates.addCriterion')}
                errorsAt={(j) => messagesAt(`stages.${stageIndex}.exitCriteria.${j}`)}
                onAdd={() => editStage((s) => addItem(s, 'exitCriteria'))}
                onChange={(j, label) => editStage((s) => setItem(s, 'exitCriteria', j, label))}
                onMove={(j, by) => editStage((s) => moveItem(s, 'exitCriteria', j, by))}
                onRemove={(j) => editStage((s) => removeItem(s, 'exitCriteria', j))}
              />
              <ItemsEditor
                title={t('stageTemplates.objectives')}
                items={stage.objectives}
                itemName={(n) => t('stageTemplates.objectiveN', { n })}
                addLabel={t('stageTemplates.addObjective')}
                errorsAt={(j) => messagesAt(`stages.${stageIndex}.objectives.${j}`)}
                onAdd={() => editStage(addObjective)}
                onChange={(j, value) => editStage((s) => setObjective(s, j, value))}
                onMove={(j, by) => editStage((s) => moveObjective(s, j, by))}
                onRemove={(j) => editStage((s) => removeObjective(s, j))}
              />
              <ItemsEditor
                title={t('stageTemplates.tasks')}
                hint={t('stageTemplates.tasksHint')}
                items={stage.tasks.map((c) => c.label)}
                itemName={(n) => t('stageTemplates.taskN', { n })}
                addLabel={t('stageTemplates.addTask')}
                errorsAt={(j) => messagesAt(`stages.${stageIndex}.tasks.${j}`)}
                onAdd={() => editStage((s) => addItem(s, 'tasks'))}
                onChange={(j, label) => editStage((s) => setItem(s, 'tasks', j, label))}
                onMove={(j, by) => editStage((s) => moveItem(s, 'tasks', j, by))}
                onRemove={(j) => editStage((s) => removeItem(s, 'tasks', j))}
              />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

interface ItemsProps {
  title: string;
  hint?: string;
  items: LocalizedText[];
  itemName: (n: number) => string;
  addLabel: string;
  errorsAt: (index: number) => string[];
  onAdd: () => void;
  onChange: (index: number, value: LocalizedText) => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}

/** A list of bilingual lines (exit criteria, objectives, tasks): edit, reorder, remove, add. */
function ItemsEditor({ title, hint, items, itemName, addLabel, errorsAt, onAdd, onChange, onMove, onRemove }: ItemsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="items-editor">
      <legend>{title}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      {items.length === 0 ? (
        <p className="muted small">{t('stageTemplates.none')}</p>
      ) : (
        <div className="item-heads" aria-hidden="true">
          <span>{t('stageTemplates.chinese')}</span>
          <span>{t('stageTemplates.english')}</span>
        </div>
      )}
      <ol>
        {items.map((item, j) => {
          const name = itemName(j + 1);
          return (
            <li key={j} className="item-row">
              <span className="item-number" aria-hidden="true">
                {j + 1}.
              </span>
              <TextPair hideLabels labels={[t('stageTemplates.inChinese', { name }), t('stageTemplates.inEnglish', { name })]} value={item} onChange={(value) => onChange(j, value)} errors={errorsAt(j)} />
              <span className="item-row-actions">
                <button type="button" className="btn btn-small" disabled={j === 0} onClick={() => onMove(j, -1)} aria-label={t('stageTemplates.up', { name })}>
                  ↑
                </button>
                <button type="button" className="btn btn-small" disabled={j === items.length - 1} onClick={() => onMove(j, 1)} aria-label={t('stageTemplates.down', { name })}>
                  ↓
                </button>
                <button type="button" className="btn btn-small btn-danger-quiet" onClick={() => onRemove(j)} aria-label={t('stageTemplates.remove', { name })}>
                  ×
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn btn-small" onClick={onAdd}>
        {addLabel}
      </button>
    </fieldset>
  );
}
