import type { Messages } from '../en';
import type { DeepStrings } from '../deepStrings';

export const account: DeepStrings<Messages['account']> = {
  title: 'Compte sur la plateforme',
  signIn: 'Se connecter…',
  signOut: 'Se déconnecter',
  waiting: 'En attente du navigateur…',
  signedInAs: 'Connecté en tant que {{name}} sur {{platform}}.',
  noPlatform: 'aucune plateforme',
  state: {
    signedOut:
      'Non connecté. Connectez-vous à {{platform}} pour voir vos projets et synchroniser votre travail.',
    signingIn: 'Terminez la connexion dans la fenêtre du navigateur qui s’est ouverte.',
    expired:
      'Votre session sur {{platform}} a pris fin. Reconnectez-vous ; votre travail sur cet ordinateur est conservé.',
    signedIn: 'Connecté.',
  },
  memoryOnly: {
    noKeyring:
      'Cet ordinateur n’a pas de trousseau : votre connexion reste en mémoire et sera à refaire après un redémarrage.',
    unavailable:
      'Le trousseau du système est indisponible : votre connexion reste en mémoire seulement.',
    webHost:
      'Dans l’hôte web, votre connexion reste en mémoire et sera à refaire après son redémarrage.',
  },
  failed: 'La connexion n’a pas abouti. Réessayez.',
};
