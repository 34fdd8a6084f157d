import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const empty: DeepStrings<Messages['empty']> = {
  projects:
    'Les projets adaptés à votre expertise apparaîtront ici, avec la rémunération, les exigences et la raison de la correspondance.',
  queue:
    'Les tâches que vous acceptez apparaissent ici, par projet, avec échéances et rémunération.',
  interview:
    'Votre entretien avec l’intervieweur IA aura lieu ici : questions, réponses, puis notes avec leurs justifications.',
  earnings: 'Le travail approuvé, les paiements en attente et les relevés apparaîtront ici.',
};
