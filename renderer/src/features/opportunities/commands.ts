import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  BuyingInfluence,
  InfluenceFields,
  AssessmentRecord,
  Competitor,
  CompetitorFields,
  NegotiationFields,
  NegotiationPlan,
  Opportunity,
  OpportunityFields,
} from '../../../../shared/contract/index.js';
import { call } from '../../api/client.js';
import { toast, toastError } from '../../components/toastStore.js';
import { errorText } from '../../i18n/errorText.js';
import { undoIn } from '../../undo/perform.js';
import { previousValues, useUndoable } from '../../undo/useUndoable.js';

const L = 'opportunities.history_labels';

/** Fields of a stored row without its ids and times: what an update sends. */
export function negotiationFieldsOf(plan: NegotiationPlan): NegotiationFields {
  const { opportunityId: _o, updatedAt: _u, ...fields } = plan;
  return fields;
}

/**
 * Every edit of an account's opportunities, competitors and negotiation plans, each undoable in the
 * account's scope (the map's too: one Ctrl+Z history per account). The screens refresh by themselves:
 * each call says what it wrote.
 */
export function useOpportunityCommands(accountId: string, onError?: (error: unknown) => void) {
  const { t } = useTranslation();
  const perform = useUndoable(accountId, onError);

  return useMemo(() => {
    const updateOpportunity = (id: string, patch: Partial<OpportunityFields>) => call('opportunities.update', { id, patch });
    const updateInfluence = (id: string, patch: Partial<InfluenceFields>) => call('influences.update', { id, patch });
    const updateCompetitor = (id: string, patch: Partial<CompetitorFields>) => call('competitors.update', { id, patch });
    const offerUndo = (text: string) =>
      toast(text, { label: t('common.undo'), run: () => void undoIn(accountId, (error) => toastError(errorText(t, error)))() });

    return {
      createOpportunity: (fields: OpportunityFields) =>
        perform(
          () => call('opportunities.create', { accountId, fields }),
          (created) => ({
            label: `${L}.createOpportunity`,
            undo: async () => void (await call('opportunities.delete', { id: created.id })),
            redo: async () => void (await call('opportunities.restore', { id: created.id })),
          }),
        ),

      updateOpportunity: (before: Opportunity, patch: Partial<OpportunityFields>) => {
        const previous = previousValues<OpportunityFields>(before, patch);
        return perform(
          () => updateOpportunity(before.id, patch),
          () => ({
            label: `${L}.editOpportunity`,
            undo: async () => void (await updateOpportunity(before.id, previous)),
            redo: async () => void (await updateOpportunity(before.id, patch)),
          }),
        );
      },

      deleteOpportunity: async (opportunity: Pick<Opportunity, 'id' | 'name'>) => {
        const done = await perform(
          () => call('opportunities.delete', { id: opportunity.id }),
          () => ({
            label: `${L}.deleteOpportunity`,
            undo: async () => void (await call('opportunities.restore', { id: opportunity.id })),
            redo: async () => void (await call('opportunities.delete', { id: opportunity.id })),
          }),
        );
        if (done) offerUndo(t('opportunities.list.deleted', { name: opportunity.name }));
        return done;
      },

      /** Several people at once (the picker): one undo step takes them all back. */
      addInfluences: (opportunityId: string, personIds: string[]) =>
        perform(
          async () => {
            const made: BuyingInfluence[] = [];
            for (const personId of personIds) made.push(await call('influences.create', { opportunityId, personId, fields: {} }));
            return made;
          },
          (made) => ({
            label: `${L}.addInfluence`,
            undo: async () => {
              for (const influence of made) await call('influences.delete', { id: influence.id });
            },
            redo: async () => {
              for (const influence of made) await call('influences.restore', { id: influence.id });
            },
          }),
        ),

      updateInfluence: (before: BuyingInfluence, patch: Partial<InfluenceFields>) => {
        const previous = previousValues<InfluenceFields>(before, patch);
        return perform(
          () => updateInfluence(before.id, patch),
          () => ({
            label: `${L}.editInfluence`,
            undo: async () => void (await updateInfluence(before.id, previous)),
            redo: async () => void (await updateInfluence(before.id, patch)),
          }),
        );
      },

      removeInfluence: async (influence: BuyingInfluence, name: string) => {
        const done = await perform(
          () => call('influences.delete', { id: influence.id }),
          () => ({
            label: `${L}.removeInfluence`,
            undo: async () => void (await call('influences.restore', { id: influence.id })),
            redo: async () => void (await call('influences.delete', { id: influence.id })),
          }),
        );
        if (done) offerUndo(t('opportunities.influences.removed', { name }));
        return done;
      },

      assess: (input: Parameters<typeof call<'assessments.create'>>[1]) =>
        perform(
          () => call('assessments.create', input),
          (made: AssessmentRecord) => ({
            label: `${L}.assess`,
            undo: async () => void (await call('assessments.delete', { id: made.id })),
            redo: async () => void (await call('assessments.restore', { id: made.id })),
          }),
        ),

      deleteAssessment: async (assessment: AssessmentRecord) => {
        const done = await perform(
          () => call('assessments.delete', { id: assessment.id }),
          () => ({
            label: `${L}.deleteAssessment`,
            undo: async () => void (await call('assessments.restore', { id: assessment.id })),
            redo: async () => void (await call('assessments.delete', { id: assessment.id })),
          }),
        );
        if (done) offerUndo(t('opportunities.scorecard.assessmentDeleted'));
        return done;
      },

      createCompetitor: (opportunityId: string, fields: CompetitorFields) =>
        perform(
          () => call('competitors.create', { opportunityId, fields }),
          (created) => ({
            label: `${L}.addCompetitor`,
            undo: async () => void (await call('competitors.delete', { id: created.id })),
            redo: async () => void (await call('competitors.restore', { id: created.id })),
          }),
        ),

      updateCompetitor: (before: Competitor, patch: Partial<CompetitorFields>) => {
        const previous = previousValues<CompetitorFields>(before, patch);
        return perform(
          () => updateCompetitor(before.id, patch),
          () => ({
            label: `${L}.editCompetitor`,
            undo: async () => void (await updateCompetitor(before.id, previous)),
            redo: async () => void (await updateCompetitor(before.id, patch)),
          }),
        );
      },

      deleteCompetitor: async (competitor: Competitor) => {
        const done = await perform(
          () => call('competitors.delete', { id: competitor.id }),
          () => ({
            label: `${L}.deleteCompetitor`,
            undo: async () => void (await call('competitors.restore', { id: competitor.id })),
            redo: async () => void (await call('competitors.delete', { id: competitor.id })),
          }),
        );
        if (done) offerUndo(t('opportunities.competitors.removed', { name: competitor.name }));
        return done;
      },

      saveNegotiation: (before: NegotiationPlan, plan: NegotiationFields) => {
        const previous = negotiationFieldsOf(before);
        const save = (fields: NegotiationFields) => call('negotiation.save', { opportunityId: before.opportunityId, plan: fields });
        return perform(
          () => save(plan),
          () => ({
            label: `${L}.saveNegotiation`,
            undo: async () => void (await save(previous)),
            redo: async () => void (await save(plan)),
          }),
        );
      },
    };
  }, [accountId, perform, t]);
}

export type OpportunityCommands = ReturnType<typeof useOpportunityCommands>;
