import type { TeamsManifestCatalog } from './teams.catalog';

export const teamsEn: TeamsManifestCatalog = {
  nameFull: ({ name }) => `${name} – access to the secured social security applications`,
  descriptionShort: () => 'Grant access to the social security applications in one conversation.',
  descriptionFull: ({ name }) =>
    `${name} helps hospital access managers (Main Access Managers, their co-managers, access managers) grant access to the secured ` +
    'applications of the social security portal (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…) in one short conversation ' +
    `instead of nine screens. ${name} speaks English, French, Dutch and German. In a group, mention it with @${name}: as soon as ` +
    'personal data is needed, it continues in a personal chat.',
  startTitle: () => 'hello',
  startDescription: () => 'Start an access request',
  helpTitle: () => 'help',
  helpDescription: () => 'What Sésame can do for you',
  cancelTitle: () => 'cancel',
  cancelDescription: () => 'Stop everything: nothing is recorded',
};
