import type { TeamsManifestCatalog } from './teams.catalog';

export const teamsDe: TeamsManifestCatalog = {
  nameFull: ({ name }) => `${name} – Zugang zu den gesicherten Anwendungen der sozialen Sicherheit`,
  descriptionShort: () => 'Zugang zu den Anwendungen der sozialen Sicherheit in einem Gespräch geben.',
  descriptionFull: ({ name }) =>
    `${name} hilft den Zugangsverwaltern der Krankenhäuser (VZE, Co-VZE, Zugangsverwalter), in einem kurzen Gespräch Zugang zu den ` +
    'gesicherten Anwendungen des Portals der sozialen Sicherheit zu geben (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…), ' +
    `statt sich durch neun Bildschirme zu klicken. ${name} spricht Deutsch, Französisch, Niederländisch und Englisch. In einer Gruppe ` +
    `erwähnen Sie es mit @${name}: Sobald persönliche Daten nötig sind, geht es im privaten Chat weiter.`,
  startTitle: () => 'hallo',
  startDescription: () => 'Eine Zugangsanfrage beginnen',
  helpTitle: () => 'Hilfe',
  helpDescription: () => 'Was Sésame für Sie tun kann',
  cancelTitle: () => 'abbrechen',
  cancelDescription: () => 'Alles abbrechen: Es wird nichts gespeichert',
};
