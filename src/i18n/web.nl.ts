import type { WebCatalog } from './web.catalog';

export const webNl: WebCatalog = {
  tagline: () => 'Toegang tot de beveiligde toepassingen van de sociale zekerheid',
  intro: () => 'Geef een collega toegang tot HospiSup, Colindos, Hospiliss, eBirth of Hoofdstuk IV, in een kort gesprek. Typ op elk moment „annuleren”.',
  language: () => 'Taal',
  newConversation: () => 'Nieuw gesprek',
  noToken: () => 'De chat is niet beschikbaar op deze pagina: de website van het ziekenhuis moet hem integreren.',
  connecting: () => 'Verbinden…',
  dateFormat: () => 'dd-mm-jjjj',
};
