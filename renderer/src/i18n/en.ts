/** English strings. Keys are grouped by feature; fr.ts must have the same keys (checked by a test). */
export const en = {
  app: {
    name: 'Glossator',
    skipToContent: 'Skip to content',
    mainNavigation: 'Main navigation',
  },
  nav: {
    projects: 'Projects',
    queue: 'Work queue',
    documents: 'Documents',
    interview: 'Interview',
    earnings: 'Earnings',
    settings: 'Settings',
    shortcutHint: 'Ctrl+{{key}}',
  },
  empty: {
    projects:
      'Projects matched to your expertise will appear here, with pay, requirements and why they match you.',
    queue: 'Tasks you accept appear here, grouped by project, with due dates and pay.',
    interview:
      'Your interview with the AI interviewer will happen here: questions, your answers, then scores with the evidence behind them.',
    earnings: 'Approved work, pending pay and statements will appear here once you complete tasks.',
  },
  documents: {
    title: 'Documents',
    import: 'Import document…',
    importing: 'Importing…',
    progress: 'Reading page {{done}} of {{total}}',
    empty: 'No documents yet. Import a PDF or a text file to start; it stays on this computer.',
    columns: {
      name: 'Name',
      type: 'Type',
      length: 'Length',
      size: 'Size',
      added: 'Added',
      actions: 'Actions',
    },
    kind: { pdf: 'PDF', text: 'Text' },
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    characters_one: '{{count}} character',
    characters_other: '{{count}} characters',
    delete: 'Delete',
    deleteNamed: 'Delete {{name}}',
    confirmDelete: {
      title: 'Delete this document?',
      body: '“{{name}}” and every annotation on it will be removed from this computer. This cannot be undone.',
      confirm: 'Delete',
      cancel: 'Cancel',
    },
    notice: {
      imported: '“{{name}}” was imported.',
      duplicate: '“{{name}}” is already in your documents as “{{existing}}”; nothing was added.',
      failed:
        '“{{name}}” could not be imported because of an unexpected error. Nothing was stored.',
      dismiss: 'Dismiss',
    },
    problem: {
      empty: '“{{name}}” is empty (0 bytes). Nothing was stored.',
      tooLarge: '“{{name}}” is larger than the 512 MB import limit. Nothing was stored.',
      unreadable: '“{{name}}” could not be read from disk. Nothing was stored.',
      binary: '“{{name}}” is not a text file or a PDF. Nothing was stored.',
      invalidEncoding:
        '“{{name}}” is not valid UTF-8 text. Save it as UTF-8 and import it again. Nothing was stored.',
      pdfMalformed: '“{{name}}” is damaged and cannot be read as a PDF. Nothing was stored.',
      pdfPasswordRequired:
        '“{{name}}” is password-protected and no password was given. Nothing was stored.',
      pdfPasswordWrong: 'The password for “{{name}}” was not accepted. Nothing was stored.',
      pdfTooManyPages:
        '“{{name}}” claims an implausible number of pages and was not opened. Nothing was stored.',
    },
    warning: {
      unreadablePages: 'Some pages could not be read and have no text: {{pages}}.',
      passwordProtected: 'Password-protected: you will be asked for the password when you open it.',
    },
    password: {
      title: 'Password required',
      body: '“{{name}}” is protected by a password.',
      retry: 'That password was not accepted. Try again.',
      label: 'Password',
      submit: 'Open',
      cancel: 'Cancel',
    },
  },
  workspace: {
    back: 'Documents',
    missing: 'This document is no longer on this computer.',
    annotations: 'Annotations',
    annotationsCount_one: '{{count}} annotation',
    annotationsCount_other: '{{count}} annotations',
    filter: 'Show label',
    allLabels: 'All labels',
    noAnnotations: 'No annotations yet. Select text and press a label key (1–9) to label it.',
    page: 'p. {{page}}',
    label: 'Label',
    note: 'Note (rationale)',
    delete: 'Delete annotation',
    kind: { span: 'Text span', region: 'Region', document: 'Whole document' },
  },
  settings: {
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
  },
  status: {
    connection: {
      local: 'Local only',
      connecting: 'Connecting…',
      online: 'Online',
      offline: 'Offline',
      error: 'Connection problem',
    },
    sync: { idle: 'All changes saved on this computer' },
    host: { electron: 'Desktop app', web: 'Web host' },
  },
  common: {
    loading: 'Loading…',
    error: 'Something went wrong.',
  },
};

export type Messages = typeof en;
