import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { Account } from '../../../../shared/contract/index.js';
import { MapTab } from '../map/MapTab.js';
import { OpportunitiesTab } from '../opportunities/OpportunitiesTab.js';
import { prefetchAccountMap } from '../stakeholders/queries.js';
import { PeopleTab } from '../people/PeopleTab.js';
import { TasksTab } from '../tasks/TasksTab.js';
import { ActivitiesTab } from '../activities/ActivitiesTab.js';
import { AnomaliesTab } from '../anomalies/AnomaliesTab.js';
import { WhitespaceTab } from '../whitespace/WhitespaceTab.js';
import { RelationshipTab } from '../relationship/RelationshipTab.js';
import { AccountProfile } from './AccountProfile.js';

export interface AccountTab {
  /** Sub-path under /accounts/:id ('' for the default tab). */
  path: string;
  /** i18n key of the tab's label. */
  label: string;
  Component: ComponentType<{ account: Account }>;
  /** Starts reading the tab's data as the user presses its link, while the tab is still being drawn. */
  prefetch?: (client: QueryClient, accountId: string) => void;
}

/** The sections of one account, in tab order. Each feature adds its own entry here. */
export const accountTabs: AccountTab[] = [
  { path: '', label: 'accounts.tabs.profile', Component: AccountProfile },
  { path: 'relationship', label: 'relationship.tab', Component: RelationshipTab },
  { path: 'map', label: 'map.tab', Component: MapTab, prefetch: prefetchAccountMap },
  { path: 'people', label: 'table.tab', Component: PeopleTab },
  { path: 'opportunities', label: 'opportunities.tab', Component: OpportunitiesTab },
  { path: 'tasks', label: 'tasks.tab', Component: TasksTab },
  { path: 'activities', label: 'activities.tab', Component: ActivitiesTab },
  { path: 'anomalies', label: 'anomalies.tab', Component: AnomaliesTab },
  { path: 'whitespace', label: 'opportunities.whitespace.tab', Component: WhitespaceTab },
];
