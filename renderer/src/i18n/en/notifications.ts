export const notifications = {
  newProject: 'New matching project: {{title}}',
  view: 'View projects',
  dismiss: 'Dismiss',
  unread_one: '{{count}} new matching project',
  unread_other: '{{count}} new matching projects',
};
