import type { WebCatalog } from './web.catalog';

export const webDe: WebCatalog = {
  tagline: () => 'Zugang zu den gesicherten Anwendungen der sozialen Sicherheit',
  intro: () => 'Geben Sie einem Kollegen in einem kurzen Gespräch Zugang zu HospiSup, Colindos, Hospiliss, eBirth oder Kapitel IV. Tippen Sie jederzeit „abbrechen“.',
  language: () => 'Sprache',
  newConversation: () => 'Neues Gespräch',
  noToken: () => 'Der Chat ist auf dieser Seite nicht verfügbar: Die Website des Krankenhauses muss ihn einbinden.',
  connecting: () => 'Verbindung…',
  dateFormat: () => 'tt.mm.jjjj',
};
