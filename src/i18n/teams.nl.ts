import type { TeamsManifestCatalog } from './teams.catalog';

export const teamsNl: TeamsManifestCatalog = {
  nameFull: ({ name }) => `${name} – toegang tot de beveiligde toepassingen van de sociale zekerheid`,
  descriptionShort: () => 'Toegang geven tot de toepassingen van de sociale zekerheid in één gesprek.',
  descriptionFull: ({ name }) =>
    `${name} helpt de toegangsbeheerders van ziekenhuizen (VTE, Co-VTE, toegangsbeheerders) om in een kort gesprek toegang te geven ` +
    'tot de beveiligde toepassingen van het portaal van de sociale zekerheid (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…), ' +
    `in plaats van negen schermen te doorlopen. ${name} spreekt Nederlands, Frans, Duits en Engels. Vermeld het in een groep met ` +
    `@${name}: zodra er persoonsgegevens nodig zijn, gaat het gesprek verder in een privéchat.`,
  startTitle: () => 'hallo',
  startDescription: () => 'Een toegangsaanvraag beginnen',
  helpTitle: () => 'help',
  helpDescription: () => 'Wat Sésame voor u kan doen',
  cancelTitle: () => 'annuleren',
  cancelDescription: () => 'Alles stoppen: er wordt niets geregistreerd',
};
