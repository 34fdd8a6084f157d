import { useTranslation } from 'react-i18next';
import { useNavStore, type View } from '../../stores/useNavStore';
import { DocumentsView } from '../documents/DocumentsView';
import { EarningsView } from '../earnings/EarningsView';
import { InterviewView } from '../interview/InterviewView';
import { ProfileView } from '../profile/ProfileView';
import { ProjectsView } from '../projects/ProjectsView';
import { NotificationToast } from './NotificationToast';
import { QueueView } from '../queue/QueueView';
import { ReviewView } from '../review/ReviewView';
import { SettingsView } from '../settings/SettingsView';
import { SessionBanner } from '../sync/SessionBanner';
import { NavBar } from './NavBar';
import { StatusBar } from './StatusBar';
import { useGlobalShortcuts } from './useGlobalShortcuts';

const VIEW_COMPONENTS: Record<View, () => React.JSX.Element> = {
  projects: ProjectsView,
  queue: QueueView,
  documents: DocumentsView,
  interview: InterviewView,
  earnings: EarningsView,
  settings: SettingsView,
  profile: ProfileView,
  review: ReviewView,
};

export function AppShell() {
  const { t } = useTranslation();
  const view = useNavStore((s) => s.view);
  useGlobalShortcuts();
  const Current = VIEW_COMPONENTS[view];
  return (
    <div className="shell">
      <button
        type="button"
        className="skip-link"
        onClick={() => document.getElementById('main')?.focus()}
      >
        {t('app.skipToContent')}
      </button>
      <NavBar />
      <main id="main" className="main" tabIndex={-1}>
        <SessionBanner />
        <Current />
      </main>
      <NotificationToast />
      <StatusBar />
    </div>
  );
}
