import type { Messages } from './en';

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

export const fr: DeepStrings<Messages> = {
  app: {
    name: 'Glossator',
    skipToContent: 'Aller au contenu',
    mainNavigation: 'Navigation principale',
  },
  nav: {
    projects: 'Projets',
    queue: 'File de travail',
    documents: 'Documents',
    interview: 'Entretien',
    earnings: 'Revenus',
    settings: 'Réglages',
    shortcutHint: 'Ctrl+{{key}}',
  },
  sync: {
    local: 'Toutes les modifications sont enregistrées sur cet ordinateur',
    localPending_one:
      '{{count}} modification sur cet ordinateur : connectez-vous pour la synchroniser',
    localPending_other:
      '{{count}} modifications sur cet ordinateur : connectez-vous pour les synchroniser',
    synced: 'Toutes les modifications sont synchronisées',
    pending_one: '{{count}} modification en attente de synchronisation',
    pending_other: '{{count}} modifications en attente de synchronisation',
    syncing: 'Synchronisation…',
    syncingPending_one: 'Synchronisation de {{count}} modification…',
    syncingPending_other: 'Synchronisation de {{count}} modifications…',
    offline_zero: 'Hors ligne : tout est enregistré sur cet ordinateur',
    offline_one: 'Hors ligne : {{count}} modification conservée sur cet ordinateur',
    offline_other: 'Hors ligne : {{count}} modifications conservées sur cet ordinateur',
    error: 'Problème de synchronisation',
    expired: 'Session terminée : modifications conservées sur cet ordinateur',
    upgrade: 'Mise à jour nécessaire pour synchroniser',
    retry: 'Réessayer',
    signInAgain: 'Se reconnecter',
    expiredBanner_zero:
      'Votre session sur la plateforme a pris fin. Reconnectez-vous pour continuer à synchroniser.',
    expiredBanner_one:
      'Votre session sur la plateforme a pris fin. Reconnectez-vous pour synchroniser {{count}} modification ; elle est conservée sur cet ordinateur.',
    expiredBanner_other:
      'Votre session sur la plateforme a pris fin. Reconnectez-vous pour synchroniser {{count}} modifications ; elles sont conservées sur cet ordinateur.',
    upgradeBanner_zero:
      'Cette version de Glossator est trop ancienne pour la plateforme. Installez la dernière version pour synchroniser à nouveau.',
    upgradeBanner_one:
      'Cette version de Glossator est trop ancienne pour la plateforme. Installez la dernière version pour synchroniser à nouveau ; {{count}} modification est conservée sur cet ordinateur.',
    upgradeBanner_other:
      'Cette version de Glossator est trop ancienne pour la plateforme. Installez la dernière version pour synchroniser à nouveau ; {{count}} modifications sont conservées sur cet ordinateur.',
    rejected: {
      count_one: '{{count}} modification refusée',
      count_other: '{{count}} modifications refusées',
      title: 'Modifications refusées par la plateforme',
      help: 'La plateforme a refusé ces modifications : elles n’y figurent pas. Ouvrez le document pour en corriger une puis remettez-la en file, ou abandonnez-la.',
      none: 'Aucune modification refusée.',
      reason: {
        forbidden: 'Vous n’avez pas le droit de faire cette modification',
        notFound: 'Le document n’est pas sur la plateforme',
        deleted: 'Supprimée entre-temps sur la plateforme',
        invalid: 'Non valide pour ce projet',
      },
      kind: { put: 'Annotation', delete: 'Suppression' },
      open: 'Ouvrir le document',
      requeue: 'Remettre en file',
      discard: 'Abandonner',
      close: 'Fermer',
    },
    projects: {
      title: 'Projets de la plateforme',
      documents_one: '{{count}} document sur cet ordinateur',
      documents_other: '{{count}} documents sur cet ordinateur',
      tasks_one: '{{count}} tâche pour vous',
      tasks_other: '{{count}} tâches pour vous',
      offline: 'Disponible hors ligne',
      makeOffline: 'Rendre disponible hors ligne',
      downloading: 'Téléchargement…',
    },
  },
  empty: {
    projects:
      'Les projets adaptés à votre expertise apparaîtront ici, avec la rémunération, les exigences et la raison de la correspondance.',
    queue:
      'Les tâches que vous acceptez apparaissent ici, par projet, avec échéances et rémunération.',
    interview:
      'Votre entretien avec l’intervieweur IA aura lieu ici : questions, réponses, puis notes avec leurs justifications.',
    earnings: 'Le travail approuvé, les paiements en attente et les relevés apparaîtront ici.',
  },
  documents: {
    title: 'Documents',
    import: 'Importer un document…',
    importing: 'Importation…',
    progress: 'Lecture de la page {{done}} sur {{total}}',
    empty:
      'Aucun document. Importez un PDF ou un fichier texte pour commencer ; il reste sur cet ordinateur.',
    columns: {
      name: 'Nom',
      type: 'Type',
      length: 'Longueur',
      size: 'Taille',
      added: 'Ajouté',
      actions: 'Actions',
    },
    kind: { pdf: 'PDF', text: 'Texte' },
    pages_one: '{{count}} page',
    pages_other: '{{count}} pages',
    characters_one: '{{count}} caractère',
    characters_other: '{{count}} caractères',
    delete: 'Supprimer',
    deleteNamed: 'Supprimer {{name}}',
    confirmDelete: {
      title: 'Supprimer ce document ?',
      body: '« {{name}} » et toutes ses annotations seront supprimés de cet ordinateur. Cette action est définitive.',
      confirm: 'Supprimer',
      cancel: 'Annuler',
    },
    notice: {
      imported: '« {{name}} » a été importé.',
      duplicate:
        '« {{name}} » figure déjà dans vos documents sous le nom « {{existing}} » ; rien n’a été ajouté.',
      failed:
        '« {{name}} » n’a pas pu être importé à cause d’une erreur inattendue. Rien n’a été enregistré.',
      dismiss: 'Fermer',
    },
    problem: {
      empty: '« {{name}} » est vide (0 octet). Rien n’a été enregistré.',
      tooLarge: '« {{name}} » dépasse la limite d’importation de 512 Mo. Rien n’a été enregistré.',
      unreadable: '« {{name}} » n’a pas pu être lu sur le disque. Rien n’a été enregistré.',
      binary: '« {{name}} » n’est ni un fichier texte ni un PDF. Rien n’a été enregistré.',
      invalidEncoding:
        '« {{name}} » n’est pas un texte UTF-8 valide. Enregistrez-le en UTF-8 puis réimportez-le. Rien n’a été enregistré.',
      pdfMalformed:
        '« {{name}} » est endommagé et ne peut pas être lu comme PDF. Rien n’a été enregistré.',
      pdfPasswordRequired:
        '« {{name}} » est protégé par un mot de passe et aucun n’a été saisi. Rien n’a été enregistré.',
      pdfPasswordWrong: 'Le mot de passe de « {{name}} » a été refusé. Rien n’a été enregistré.',
      pdfTooManyPages:
        '« {{name}} » annonce un nombre de pages invraisemblable et n’a pas été ouvert. Rien n’a été enregistré.',
    },
    warning: {
      unreadablePages: 'Certaines pages n’ont pas pu être lues et n’ont pas de texte : {{pages}}.',
      passwordProtected: 'Protégé par mot de passe : il vous sera demandé à l’ouverture.',
    },
    password: {
      title: 'Mot de passe requis',
      body: '« {{name}} » est protégé par un mot de passe.',
      retry: 'Ce mot de passe a été refusé. Réessayez.',
      label: 'Mot de passe',
      submit: 'Ouvrir',
      cancel: 'Annuler',
    },
  },
  workspace: {
    back: 'Documents',
    missing: 'Ce document n’est plus sur cet ordinateur.',
    annotations: 'Annotations',
    annotationsCount_one: '{{count}} annotation',
    annotationsCount_other: '{{count}} annotations',
    filter: 'Afficher l’étiquette',
    allLabels: 'Toutes les étiquettes',
    noAnnotations:
      'Aucune annotation. Sélectionnez du texte et appuyez sur une touche d’étiquette (1–9).',
    page: 'p. {{page}}',
    label: 'Étiquette',
    note: 'Note (justification)',
    delete: 'Supprimer l’annotation',
    kind: { span: 'Passage', region: 'Zone', document: 'Document entier' },
  },
  exchange: {
    export: 'Exporter…',
    exportAll: 'Tout exporter…',
    importAnnotations: 'Importer des annotations…',
    exportTitle_one: 'Exporter {{count}} document',
    exportTitle_other: 'Exporter {{count}} documents',
    importTitle: 'Importer des annotations sur « {{name}} »',
    format: 'Format',
    chooseFile: 'Choisir un fichier…',
    save: 'Enregistrer',
    close: 'Fermer',
    add_one: 'Ajouter {{count}} annotation',
    add_other: 'Ajouter {{count}} annotations',
    added_one: '{{count}} annotation ajoutée.',
    added_other: '{{count}} annotations ajoutées.',
    saved_one: '{{count}} fichier enregistré.',
    saved_other: '{{count}} fichiers enregistrés.',
    files: 'Fichiers : {{names}}',
    counts: {
      export:
        '{{documents}} document(s), {{read}} annotation(s) : {{written}} exportée(s), {{skipped}} écartée(s) ; {{records}} enregistrement(s) écrit(s).',
      import:
        '{{read}} élément(s) trouvé(s) : {{written}} annotation(s) prête(s), {{skipped}} écartée(s).',
    },
    lossless: 'Sans perte : rien n’a été supprimé ni approché.',
    lossy: 'Avec pertes : voyez ci-dessous ce qui a été supprimé ou approché.',
    issues_one: '{{count}} problème',
    issues_other: '{{count}} problèmes',
    omitted: '…et {{count}} de plus.',
    kind: {
      invalid: 'Rejeté :',
      unsupported: 'Ignoré :',
      lossy: 'Approché :',
      warning: 'Remarque :',
    },
    refused: {
      empty: '« {{name}} » est vide.',
      tooLarge: '« {{name}} » est trop volumineux.',
      unreadable: '« {{name}} » n’a pas pu être lu.',
    },
    unreadable: '« {{name}} » ne peut pas être lu dans ce format.',
  },
  account: {
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
  },
  settings: {
    title: 'Réglages',
    theme: 'Thème',
    themes: { system: 'Comme le système', light: 'Clair', dark: 'Sombre' },
    language: 'Langue',
    languages: { system: 'Comme le système', en: 'English', fr: 'Français' },
    platformUrl: 'Adresse de la plateforme',
    platformUrlHelp: 'Laissez vide pour utiliser la plateforme intégrée à l’application.',
    platformUrlInvalid: 'Saisissez une adresse https:// (http:// seulement pour cet ordinateur).',
    save: 'Enregistrer',
    saved: 'Enregistré.',
    about: 'À propos',
    version: 'Version {{version}} · {{host}}',
  },
  status: {
    connection: {
      local: 'Local uniquement',
      connecting: 'Connexion…',
      online: 'En ligne',
      offline: 'Hors ligne',
      error: 'Problème de connexion',
    },
    sync: { idle: 'Toutes les modifications sont enregistrées sur cet ordinateur' },
    host: { electron: 'Application de bureau', web: 'Hôte web' },
  },
  common: {
    loading: 'Chargement…',
    error: 'Une erreur est survenue.',
  },
};
