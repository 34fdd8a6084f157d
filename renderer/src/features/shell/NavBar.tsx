import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavStore, VIEWS, type View } from '../../stores/useNavStore';
import { useNotificationStore } from '../../stores/useNotificationStore';

const ICONS: Record<View, string> = {
  projects: '◆',
  queue: '☰',
  documents: '▤',
  interview: '✎',
  earnings: '¤',
  settings: '⚙',
  profile: '☺',
  review: '✓',
};

/** Vertical navigation: Tab enters it once, arrow keys move between items (roving tab index). */
export function NavBar() {
  const { t } = useTranslation();
  const view = useNavStore((s) => s.view);
  const go = useNavStore((s) => s.go);
  const unread = useNotificationStore((s) => s.unread);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>): void => {
    const index = buttons.current.findIndex((b) => b === document.activeElement);
    if (index < 0) return;
    const last = VIEWS.length - 1;
    const next =
      event.key === 'ArrowDown'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowUp'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    buttons.current[next]?.focus();
  };

  return (
    <nav className="nav" aria-label={t('app.mainNavigation')}>
      <div className="nav-brand">{t('app.name')}</div>
      <ul onKeyDown={onKeyDown}>
        {VIEWS.map((name, index) => (
          <li key={name}>
            <button
              type="button"
              ref={(el) => {
                buttons.current[index] = el;
              }}
              className="nav-item"
              aria-current={view === name ? 'page' : undefined}
              tabIndex={view === name ? 0 : -1}
              onClick={() => go(name)}
              title={t('nav.shortcutHint', { key: index + 1 })}
              aria-keyshortcuts={`Control+${index + 1}`}
            >
              <span className="nav-icon" aria-hidden="true">
                {ICONS[name]}
              </span>
              {t(`nav.${name}`)}
              {name === 'projects' && unread > 0 ? (
                <span className="nav-badge" data-testid="projects-badge">
                  <span className="visually-hidden">
                    {t('notifications.unread', { count: unread })}
                  </span>
                  <span aria-hidden="true">{unread}</span>
                </span>
              ) : null}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
