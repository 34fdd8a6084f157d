export const nav = {
  projects: 'Projects',
  queue: 'Work queue',
  documents: 'Documents',
  interview: 'Interview',
  earnings: 'Earnings',
  settings: 'Settings',
  profile: 'Profile',
  review: 'Review',
  shortcutHint: 'Ctrl+{{key}}',
};
