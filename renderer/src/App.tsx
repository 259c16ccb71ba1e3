import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes, useLocation, useNavigate } from 'react-router';
import { AccountPage } from './features/accounts/AccountPage.js';
import { AccountsPage } from './features/accounts/AccountsPage.js';
import { OpenOpportunitiesPage } from './features/opportunities/OpenOpportunitiesPage.js';
import { TemplatesPage } from './features/scorecards/TemplatesPage.js';
import { StageTemplatesPage } from './features/plans/StageTemplatesPage.js';
import { MyWeekPage } from './features/tasks/MyWeekPage.js';
import { DashboardPage } from './features/dashboard/DashboardPage.js';
import { SettingsPage } from './features/settings/SettingsPage.js';
import { TeamPage } from './features/team/TeamPage.js';
import { Toasts } from './components/Toasts.js';

export function App() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const inAccounts = pathname.startsWith('/accounts');

  useEffect(() => {
    const bridge = window.keyplan;
    if (!bridge) return;
    const offNew = bridge.on('menu:new-account', () => void navigate('/accounts?new=1'));
    const offSettings = bridge.on('menu:settings', () => void navigate('/settings'));
    return () => {
      offNew();
      offSettings();
    };
  }, [navigate]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand" aria-hidden="true">
          <span className="brand-mark">K</span>
          <span className="brand-name">{t('app.name')}</span>
        </div>
        <NavLink to="/" end className="nav-link">
          {t('dashboard.nav')}
        </NavLink>
        <NavLink to="/accounts" className={() => `nav-link${inAccounts ? ' active' : ''}`} aria-current={inAccounts ? 'page' : undefined}>
          {t('nav.accounts')}
        </NavLink>
        <NavLink to="/week" className="nav-link">
          {t('tasks.nav')}
        </NavLink>
        <NavLink to="/opportunities" className="nav-link">
          {t('opportunities.nav')}
        </NavLink>
        <NavLink to="/scorecards" className="nav-link">
          {t('opportunities.templates.nav')}
        </NavLink>
        <NavLink to="/stage-templates" className="nav-link">
          {t('stageTemplates.nav')}
        </NavLink>
        <NavLink to="/team" className="nav-link">
          {t('team.nav')}
        </NavLink>
        <NavLink to="/settings" className="nav-link">
          {t('nav.settings')}
        </NavLink>
      </nav>
      <main id="main" className="main">
        <Routes>
          <Route path="/" element={<DashboardPage />} />
          <Route path="/accounts" element={<AccountsPage />} />
          <Route path="/accounts/:accountId/*" element={<AccountPage />} />
          <Route path="/dashboard" element={<Navigate to="/" replace />} />
          <Route path="/week" element={<MyWeekPage />} />
          <Route path="/opportunities" element={<OpenOpportunitiesPage />} />
          <Route path="/scorecards/*" element={<TemplatesPage />} />
          <Route path="/stage-templates/*" element={<StageTemplatesPage />} />
          <Route path="/team" element={<TeamPage />} />
          <Route path="/settings" element={<SettingsPage />} />
        </Routes>
      </main>
      <Toasts />
    </div>
  );
}
