import type { CatalogOf } from './types';

/**
 * The Teams app package's texts (manifest.json in French, one localization file per other
 * language): what Teams shows in its app store, the app's details and the bot's command menu.
 * `name` is the app's short name (SESAME_TEAMS_NAME, "Sésame" by default).
 *
 * The command titles are words Sésame itself reads as that command in the language (Teams sends
 * a command's title as the message when it is picked).
 */
export interface TeamsManifestParams {
  /** The app's full name, up to 100 characters with the name (the schema's limit). */
  nameFull: { name: string };
  /** Up to 80 characters. */
  descriptionShort: void;
  descriptionFull: { name: string };
  startTitle: void;
  startDescription: void;
  helpTitle: void;
  helpDescription: void;
  cancelTitle: void;
  cancelDescription: void;
}

export type TeamsManifestCatalog = CatalogOf<TeamsManifestParams>;
