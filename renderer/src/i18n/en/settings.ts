export const settings = {
  title: 'Settings',
  theme: 'Theme',
  themes: { system: 'Same as system', light: 'Light', dark: 'Dark' },
  language: 'Language',
  languages: { system: 'Same as system', en: 'English', fr: 'Français' },
  platformUrl: 'Platform address',
  platformUrlHelp: 'Leave empty to use the platform built into this app.',
  platformUrlInvalid: 'Enter an https:// address (http:// is allowed only for this computer).',
  save: 'Save',
  saved: 'Saved.',
  about: 'About',
  version: 'Version {{version}} · {{host}}',
};
