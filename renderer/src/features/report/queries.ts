import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client.js';

export const reportKeys = {
  plan: (accountId: string) => ['report', 'accountPlan', accountId] as const,
  brief: (personId: string) => ['report', 'visitBrief', personId] as const,
};

// Read afresh each time a dialog opens: a printed document shows the data as it is now.
export const useAccountPlanData = (accountId: string) =>
  useQuery({ queryKey: reportKeys.plan(accountId), queryFn: () => call('report.accountPlan', { accountId }), staleTime: 0, gcTime: 0 });

export const useVisitBriefData = (personId: string) =>
  useQuery({ queryKey: reportKeys.brief(personId), queryFn: () => call('report.visitBrief', { personId }), staleTime: 0, gcTime: 0 });

export function useMarkExported(accountId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call('report.markExported', { accountId }),
    onSuccess: (record) =>
      client.setQueryData(reportKeys.plan(accountId), (data: Awaited<ReturnType<typeof call<'report.accountPlan'>>> | undefined) =>
        data ? { ...data, lastExport: record } : data,
      ),
  });
}
