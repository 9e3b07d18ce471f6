import type { CatalogOf } from './types';

/**
 * The web page's own words around the chat (the chat itself speaks from the other areas). The page
 * script receives them as plain strings, one object per language (src/web/page.ts).
 */
export interface WebMessageParams {
  tagline: void;
  intro: void;
  language: void;
  newConversation: void;
  noToken: void;
  connecting: void;
  /** Shown in a card's date field: the format the bot's question names, in this language. */
  dateFormat: void;
}

export type WebCatalog = CatalogOf<WebMessageParams>;
