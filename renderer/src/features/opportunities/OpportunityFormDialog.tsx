import { useTranslation } from 'react-i18next';
import { emptyOpportunityFields, type Opportunity, type OpportunityFields } from '../../../../shared/contract/index.js';
import { textIn } from '../../../../shared/domain/plan/stageTemplate.js';
import { useApiQuery } from '../../api/freshness.js';
import { Modal } from '../../components/Modal.js';
import { toast } from '../../components/toastStore.js';
import { useLanguage } from '../../i18n/useLanguage.js';
import type { OpportunityCommands } from './commands.js';
import { OpportunityForm, type StageLock } from './OpportunityForm.js';

interface Props {
  commands: OpportunityCommands;
  /** The opportunity to edit; absent to create one (the account's currency by default). */
  opportunity?: Opportunity;
  defaults?: Partial<OpportunityFields>;
  onClose: () => void;
  onCreated?: (opportunity: Opportunity) => void;
}

export const fieldsOf = (opportunity: Opportunity): OpportunityFields =>
  Object.fromEntries(Object.keys(emptyOpportunityFields).map((key) => [key, opportunity[key as keyof OpportunityFields]])) as OpportunityFields;

/** Only what changed goes to the backend (and so into the undo step). */
const changed = (before: OpportunityFields, after: OpportunityFields): Partial<OpportunityFields> =>
  Object.fromEntries(Object.entries(after).filter(([key, value]) => before[key as keyof OpportunityFields] !== value));

export function OpportunityFormDialog({ commands, opportunity, defaults, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const plan = useApiQuery('plans.get', { opportunityId: opportunity?.id ?? '' }, { enabled: opportunity !== undefined });
  const current = plan.data?.plan ? plan.data.plan.template.stages[plan.data.plan.stageIndex] : undefined;
  const stageLock: StageLock | undefined =
    opportunity === undefined || plan.isError || (plan.isSuccess && !plan.data.plan)
      ? undefined
      : {
          planStage: current ? textIn(current.name, language) : null,
          planUrl: `/accounts/${opportunity.accountId}/opportunities/${opportunity.id}/plan`,
          onOpenPlan: onClose,
        };
  const submit = async (fields: OpportunityFields) => {
    if (opportunity) {
      const patch = changed(fieldsOf(opportunity), fields);
      if (Object.keys(patch).length > 0 && !(await commands.updateOpportunity(opportunity, patch))) return;
      toast(t('opportunities.list.saved'));
      onClose();
      return;
    }
    const created = await commands.createOpportunity(fields);
    if (!created) return;
    toast(t('opportunities.list.created'));
    onClose();
    onCreated?.(created);
  };
  return (
    <Modal title={t(opportunity ? 'opportunities.form.edit' : 'opportunities.form.new')} onClose={onClose} wide>
      <OpportunityForm stageLock={stageLock} initial={opportunity ? fieldsOf(opportunity) : { ...emptyOpportunityFields, ...defaults }} onSubmit={submit} onCancel={onClose} />
    </Modal>
  );
}
