import type { TeamsManifestCatalog } from './teams.catalog';

export const teamsFr: TeamsManifestCatalog = {
  nameFull: ({ name }) => `${name} – accès aux applications sécurisées de la sécurité sociale`,
  descriptionShort: () => 'Donner accès aux applications de la sécurité sociale en une conversation.',
  descriptionFull: ({ name }) =>
    `${name} aide les gestionnaires d'accès des hôpitaux (RAE, Co-RAE, gestionnaires d'accès) à donner accès aux applications ` +
    'sécurisées du portail de la sécurité sociale (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…) en une courte conversation, ' +
    `au lieu de neuf écrans. Il parle français, néerlandais, allemand et anglais. Dans un groupe, mentionnez-le (@${name}) : dès qu'il ` +
    'faut des données personnelles, il continue en conversation privée.',
  startTitle: () => 'bonjour',
  startDescription: () => 'Commencer une demande d’accès',
  helpTitle: () => 'aide',
  helpDescription: () => `Ce que Sésame sait faire`,
  cancelTitle: () => 'annuler',
  cancelDescription: () => 'Tout arrêter : rien n’est enregistré',
};
