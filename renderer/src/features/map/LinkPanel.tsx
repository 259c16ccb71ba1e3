import { useCallback, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { linkFields, type Link, type LinkFields, type MapPerson } from '../../../../shared/contract/index.js';
import { fieldErrorKeys } from '../../../../shared/contract/fieldErrors.js';
import { nextDecisionStep } from '../../../../shared/domain/decisionFlow.js';
import { painChoices } from '../../../../shared/domain/pains.js';
import { DECISION_STEP_MAX, LINK_KINDS, type LinkKind } from '../../../../shared/domain/people.js';
import { LINK_STYLES, REPORTS_TO_STYLE, type LinkStyle } from '../../../../shared/domain/mapStyle.js';
import { linkKindLabel } from '../../../../shared/i18n/vocabLabels.js';
import { Field } from '../../components/Field.js';
import { Options } from '../../components/Options.js';
import { toast } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { useStakeholderCommands } from '../stakeholders/commands.js';
import { useMap } from './mapStore.js';
import { PanelAlert, PanelFrame } from './PanelFrame.js';

type Choice = LinkKind | 'reports_to';

/** A refused save said in the panel's alert (and so not again as a toast). */
function useShowIn(setAlert: (text: string) => void) {
  const { t } = useTranslation();
  return useCallback(
    (error: unknown) => {
      setAlert(errorText(t, error));
      return true;
    },
    [t, setAlert],
  );
}

export function LineSample({ style }: { style: LinkStyle }) {
  return (
    <svg width="36" height="10" aria-hidden="true" className="line-sample">
      <line x1="1" y1="5" x2={style.arrow ? 29 : 35} y2="5" stroke={style.stroke} strokeWidth={style.width} strokeDasharray={style.dash || undefined} />
      {style.arrow && <path d="M28,1 L35,5 L28,9 z" fill={style.stroke} />}
    </svg>
  );
}

/** The two people's pains, offered as a pain-chain link's label (a click fills it in; it stays editable). */
function PainChoices({ source, target, current, choose }: { source: MapPerson; target: MapPerson; current: string; choose: (label: string) => void }) {
  const { t } = useTranslation();
  const { from, to, both } = painChoices(source, target);
  if (!both && from.length === 0 && to.length === 0) return <p className="muted small">{t('map.link.noPains', { source: source.name, target: target.name })}</p>;
  const group = (title: string, items: string[]) =>
    items.length > 0 && (
      <>
        <span className="pain-choice-title">{title}</span>
        {items.map((item) => (
          <button key={item} type="button" className={`pain-choice${current === item ? ' is-on' : ''}`} aria-pressed={current === item} onClick={() => choose(item)}>
            {item}
          </button>
        ))}
      </>
    );
  return (
    <div className="pain-choices" role="group" aria-label={t('map.link.painChoices')}>
      {both && group(t('map.link.painBoth'), [both])}
      {group(t('map.link.painOf', { name: source.name }), from)}
      {group(t('map.link.painOf', { name: target.name }), to)}
    </div>
  );
}

function LinkFieldsForm(props: {
  kind: LinkKind;
  draft: LinkFields;
  set: (patch: Partial<LinkFields>) => void;
  source: MapPerson;
  target: MapPerson;
}) {
  const { t } = useTranslation();
  const { kind, draft, set, source, target } = props;
  const parsed = linkFields.safeParse(draft);
  const errors = parsed.success ? {} : fieldErrorKeys<keyof LinkFields>(parsed.error.issues);
  const issue = (key: keyof LinkFields) => (errors[key] ? t(errors[key]) : undefined);
  return (
    <>
      {kind === 'decision_flow' && (
        <Field label={t('map.link.step')} hint={t('map.link.stepHint')} error={issue('step')}>
          <input
            type="number"
            min={1}
            max={DECISION_STEP_MAX}
            value={draft.step ?? ''}
            onChange={(e) => set({ step: e.target.value === '' ? null : Number(e.target.value) })}
          />
        </Field>
      )}
      <Field label={kind === 'pain_chain' ? t('map.link.pain') : t('map.link.label')} error={issue('label')}>
        <input
          value={draft.label}
          placeholder={kind === 'pain_chain' ? t('map.link.painPlaceholder') : undefined}
          onChange={(e) => set({ label: e.target.value })}
        />
      </Field>
      {kind === 'pain_chain' && <PainChoices source={source} target={target} current={draft.label} choose={(label) => set({ label })} />}
      <Field label={t('map.link.notes')} error={issue('notes')}>
        <textarea rows={3} value={draft.notes} onChange={(e) => set({ notes: e.target.value })} />
      </Field>
    </>
  );
}

interface ConnectProps {
  accountId: string;
  source: MapPerson;
  target: MapPerson;
  onDone: () => void;
}

/** After a drag from one card to another: which kind of line, and its details. */
export function ConnectPanel({ accountId, source, target, onDone }: ConnectProps) {
  const { t } = useTranslation();
  const links = useMap((s) => s.map?.links);
  const [alert, setAlert] = useState<string | null>(null);
  const commands = useStakeholderCommands(accountId, useShowIn(setAlert));
  const [choice, setChoice] = useState<Choice>('influences');
  const [draft, setDraft] = useState<LinkFields>({ kind: 'influences', label: '', step: null, notes: '' });
  const [busy, setBusy] = useState(false);

  const choose = (next: Choice) => {
    setChoice(next);
    setAlert(null);
    if (next !== 'reports_to') setDraft((d) => ({ ...d, kind: next, step: next === 'decision_flow' ? (d.step ?? nextDecisionStep(links ?? [])) : null }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    if (choice === 'reports_to') {
      const done = await commands.updatePerson(source.id, { reportsToId: target.id });
      setBusy(false);
      if (done === null) return;
      toast(t('map.link.reportsSet', { source: source.name, target: target.name }));
      return onDone();
    }
    if (choice === 'pain_chain' && !draft.label.trim()) {
      setBusy(false);
      return setAlert(t('map.link.painRequired'));
    }
    const parsed = linkFields.safeParse(draft);
    if (!parsed.success) {
      setBusy(false);
      return setAlert(t('map.panel.fixFirst'));
    }
    const created = await commands.createLink(source.id, target.id, parsed.data);
    setBusy(false);
    if (created) onDone();
  }

  const kinds: Choice[] = ['reports_to', ...LINK_KINDS];
  return (
    <PanelFrame title={t('map.link.chooseTitle', { source: source.name, target: target.name })} onClose={onDone}>
      <form className="map-panel-form" onSubmit={submit} noValidate>
        <fieldset className="kind-choice">
          <legend>{t('map.link.kind')}</legend>
          {kinds.map((kind) => (
            <label key={kind} className="check">
              <input type="radio" name="link-kind" value={kind} checked={choice === kind} onChange={() => choose(kind)} />
              <LineSample style={kind === 'reports_to' ? REPORTS_TO_STYLE : LINK_STYLES[kind]} />
              {kind === 'reports_to' ? t('map.link.reportsTo', { source: source.name, target: target.name }) : linkKindLabel(t, kind)}
            </label>
          ))}
        </fieldset>
        {choice !== 'reports_to' && (
          <LinkFieldsForm kind={choice} draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} source={source} target={target} />
        )}
        <PanelAlert text={alert} />
        <footer className="map-panel-actions">
          <button type="button" className="btn" onClick={onDone}>
            {t('map.link.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={busy}>
            {t('map.link.create')}
          </button>
        </footer>
      </form>
    </PanelFrame>
  );
}

interface EditLinkProps {
  accountId: string;
  link: Link;
  source: MapPerson;
  target: MapPerson;
  onClose: () => void;
}

/** A clicked line: its details (kind, step, label, notes) or its removal. */
export function EditLinkPanel({ accountId, link, source, target, onClose }: EditLinkProps) {
  const { t } = useTranslation();
  const links = useMap((s) => s.map?.links);
  const [alert, setAlert] = useState<string | null>(null);
  const commands = useStakeholderCommands(accountId, useShowIn(setAlert));
  const fields = (l: Link): LinkFields => ({ kind: l.kind, label: l.label, step: l.step, notes: l.notes });
  const [draft, setDraft] = useState<LinkFields>(fields(link));
  const [seen, setSeen] = useState(link);
  if (seen !== link) {
    setSeen(link);
    setDraft(fields(link));
  }

  const changed = (Object.keys(draft) as (keyof LinkFields)[]).filter((k) => draft[k] !== link[k]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = linkFields.safeParse(draft);
    if (!parsed.success) return setAlert(t('map.panel.fixFirst'));
    if (parsed.data.kind === 'pain_chain' && !parsed.data.label.trim()) return setAlert(t('map.link.painRequired'));
    if (changed.length === 0) return;
    const patch = Object.fromEntries(changed.map((k) => [k, parsed.data[k]])) as Partial<LinkFields>;
    if (await commands.updateLink(link.id, patch)) setAlert(null);
  }

  async function remove() {
    if (await commands.deleteLinks([link.id])) {
      toast(t('map.link.deleted'), { label: t('common.undo'), run: () => void commands.undo() });
      onClose();
    }
  }

  const title = t('map.link.editTitle', { kind: linkKindLabel(t, link.kind), source: source.name, target: target.name });
  return (
    <PanelFrame title={title} onClose={onClose}>
      <form className="map-panel-form" onSubmit={submit} noValidate>
        <Field label={t('map.link.kind')}>
          <select
            value={draft.kind}
            onChange={(e) => {
              const kind = e.target.value as LinkKind;
              setDraft((d) => ({ ...d, kind, step: kind === 'decision_flow' ? (d.step ?? nextDecisionStep(links ?? [], link.id)) : null }));
            }}
          >
            <Options values={LINK_KINDS} label={(kind) => linkKindLabel(t, kind)} />
          </select>
        </Field>
        <LinkFieldsForm kind={draft.kind} draft={draft} set={(patch) => setDraft((d) => ({ ...d, ...patch }))} source={source} target={target} />
        <PanelAlert text={alert} />
        <footer className="map-panel-actions">
          <button type="button" className="btn btn-danger-quiet" onClick={remove}>
            {t('map.link.delete')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={changed.length === 0}>
            {t('map.link.save')}
          </button>
        </footer>
      </form>
    </PanelFrame>
  );
}

interface ReportsProps {
  accountId: string;
  person: MapPerson;
  manager: MapPerson;
  onClose: () => void;
}

/** A clicked reporting line: what it is, and a way to remove it. */
export function ReportsPanel({ accountId, person, manager, onClose }: ReportsProps) {
  const { t } = useTranslation();
  const commands = useStakeholderCommands(accountId);
  const title = t('map.link.reportsTitle', { person: person.name, manager: manager.name });
  return (
    <PanelFrame title={title} onClose={onClose}>
      <p className="map-panel-text">{t('map.link.reportsBody')}</p>
      <footer className="map-panel-actions">
        <button
          type="button"
          className="btn btn-danger-quiet"
          onClick={async () => {
            if (await commands.updatePerson(person.id, { reportsToId: null })) onClose();
          }}
        >
          {t('map.link.removeReports')}
        </button>
      </footer>
    </PanelFrame>
  );
}
