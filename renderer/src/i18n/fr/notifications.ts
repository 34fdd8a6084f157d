import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const notifications: DeepStrings<Messages['notifications']> = {
  newProject: 'Nouveau projet pour vous : {{title}}',
  view: 'Voir les projets',
  dismiss: 'Fermer',
  unread_one: '{{count}} nouveau projet pour vous',
  unread_other: '{{count}} nouveaux projets pour vous',
};
