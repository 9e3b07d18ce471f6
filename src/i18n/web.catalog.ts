import type { Locale } from '../domain/locale';

/** The page's own words around the chat (the chat itself speaks from dialogs/messages). */
export interface PageMessages {
  tagline: string;
  intro: string;
  language: string;
  newConversation: string;
  noToken: string;
  connecting: string;
  /** Shown in a card's date field: the format the bot's question names, in this language. */
  dateFormat: string;
}

export const pageMessages: Record<Locale, PageMessages> = {
  fr: {
    tagline: 'Accès aux applications sécurisées de la sécurité sociale',
    intro: "Donnez accès à HospiSup, Colindos, Hospiliss, eBirth ou Chapitre IV à un collègue, en une courte conversation. Tapez « annuler » à tout moment.",
    language: 'Langue',
    newConversation: 'Nouvelle conversation',
    noToken: "Le chat n'est pas disponible sur cette page : il doit être intégré par le site de l'hôpital.",
    connecting: 'Connexion…',
    dateFormat: 'jj-mm-aaaa',
  },
  nl: {
    tagline: 'Toegang tot de beveiligde toepassingen van de sociale zekerheid',
    intro: 'Geef een collega toegang tot HospiSup, Colindos, Hospiliss, eBirth of Hoofdstuk IV, in een kort gesprek. Typ op elk moment "annuleren".',
    language: 'Taal',
    newConversation: 'Nieuw gesprek',
    noToken: 'De chat is niet beschikbaar op deze pagina: de website van het ziekenhuis moet hem integreren.',
    connecting: 'Verbinden…',
    dateFormat: 'dd-mm-jjjj',
  },
  de: {
    tagline: 'Zugang zu den gesicherten Anwendungen der sozialen Sicherheit',
    intro: 'Geben Sie einem Kollegen in einem kurzen Gespräch Zugang zu HospiSup, Colindos, Hospiliss, eBirth oder Kapitel IV. Tippen Sie jederzeit „abbrechen“.',
    language: 'Sprache',
    newConversation: 'Neues Gespräch',
    noToken: 'Der Chat ist auf dieser Seite nicht verfügbar: Die Website des Krankenhauses muss ihn einbinden.',
    connecting: 'Verbindung…',
    dateFormat: 'tt.mm.jjjj',
  },
  en: {
    tagline: 'Access to the secured social security applications',
    intro: 'Give a colleague access to HospiSup, Colindos, Hospiliss, eBirth or Chapter IV in a short conversation. Type “cancel” at any time.',
    language: 'Language',
    newConversation: 'New conversation',
    noToken: 'The chat is not available on this page: the hospital’s website has to embed it.',
    connecting: 'Connecting…',
    dateFormat: 'dd/mm/yyyy',
  },
};
