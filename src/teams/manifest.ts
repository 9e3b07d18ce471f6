import { z } from 'zod';
import type { Locale } from '../domain/locale';
import { messages } from '../i18n/say';

/**
 * The Teams app manifest of Sésame, from the environment. Pure: the package script checks it
 * against Microsoft's schema (manifest-schema.ts), then writes it with the icons into a zip.
 *
 * Version 1.29: the newest version Microsoft's manifest reference lists as generally available (June 2026),
 * and our bot (personal/team/groupChat scopes, supportsFiles, commandLists, icons, validDomains,
 * permissions) passes its schema unchanged. @microsoft/app-manifest 1.1.2 also ships 1.30, not yet
 * in that list, whose only change is to Outlook add-in mail events (nothing a bot uses); devPreview
 * is a preview and may change under us.
 */
export const MANIFEST_VERSION = '1.29';
const SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`;

/**
 * The manifest is written in French (the language of most of Belgium's hospital access managers
 * Sésame is first set up for); Teams shows the others from their files, picked by the user's
 * Teams language: a bare language tag matches every region (nl-BE and nl-NL, de-BE and de-DE).
 */
const DEFAULT_LANGUAGE = { tag: 'fr-be', locale: 'fr' } as const;
export const ADDITIONAL_LANGUAGES: readonly { tag: string; locale: Exclude<Locale, 'fr'>; file: string }[] = [
  { tag: 'nl', locale: 'nl', file: 'nl.json' },
  { tag: 'de', locale: 'de', file: 'de.json' },
  { tag: 'en', locale: 'en', file: 'en.json' },
];

const host = z
  .string({ error: 'required: the public host name of Sésame, such as sesame.hospital.be' })
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/, 'a host name such as sesame.hospital.be (no https://, no path)');
const httpsUrl = z.url({ protocol: /^https$/, error: 'an https:// address' });

const PackageEnv = z.object({
  MicrosoftAppId: z.guid({ error: 'required: the app id of the Azure Bot (a GUID)' }),
  /** Where Teams reaches Sésame: https://<host>/api/messages is the bot's messaging endpoint. */
  SESAME_PUBLIC_HOST: host,
  /** Teams app id; by default the bot's, which keeps one id to track. */
  SESAME_TEAMS_APP_ID: z.guid().optional(),
  SESAME_TEAMS_NAME: z.string().trim().min(1).max(30).default('Sésame'),
  /** Raise it for every new upload: Teams keeps the package with the highest version. */
  SESAME_TEAMS_VERSION: z.string().regex(/^\d+\.\d+\.\d+$/, 'x.y.z').optional(),
  SESAME_DEVELOPER_NAME: z.string().trim().min(1).max(32).default('Sésame'),
  SESAME_WEBSITE_URL: httpsUrl.optional(),
  SESAME_PRIVACY_URL: httpsUrl.optional(),
  SESAME_TERMS_URL: httpsUrl.optional(),
});

export interface PackageSettings {
  appId: string;
  botId: string;
  host: string;
  name: string;
  version: string;
  developer: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

/** Reads the package settings; every wrong or missing value is named in one error. */
export function packageSettings(env: NodeJS.ProcessEnv, defaultVersion: string): PackageSettings {
  const parsed = PackageEnv.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new Error(`cannot build the Teams package: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  const site = e.SESAME_WEBSITE_URL ?? `https://${e.SESAME_PUBLIC_HOST}/`;
  return {
    appId: (e.SESAME_TEAMS_APP_ID ?? e.MicrosoftAppId).toLowerCase(),
    botId: e.MicrosoftAppId.toLowerCase(),
    host: e.SESAME_PUBLIC_HOST,
    name: e.SESAME_TEAMS_NAME,
    version: e.SESAME_TEAMS_VERSION ?? defaultVersion,
    developer: e.SESAME_DEVELOPER_NAME,
    websiteUrl: site,
    privacyUrl: e.SESAME_PRIVACY_URL ?? site,
    termsUrl: e.SESAME_TERMS_URL ?? site,
  };
}

/** The texts Teams shows, in one language: the manifest's own fields, as the localization files name them. */
function texts(s: PackageSettings, locale: Locale) {
  const m = messages('teams', locale);
  return {
    name: { short: s.name, full: m.nameFull({ name: s.name }) },
    description: { short: m.descriptionShort(), full: m.descriptionFull({ name: s.name }) },
    commands: [
      { title: m.startTitle(), description: m.startDescription() },
      { title: m.helpTitle(), description: m.helpDescription() },
      { title: m.cancelTitle(), description: m.cancelDescription() },
    ],
  };
}

export function buildManifest(s: PackageSettings): Record<string, unknown> {
  const t = texts(s, DEFAULT_LANGUAGE.locale);
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: s.version,
    id: s.appId,
    developer: { name: s.developer, websiteUrl: s.websiteUrl, privacyUrl: s.privacyUrl, termsOfUseUrl: s.termsUrl },
    localizationInfo: {
      defaultLanguageTag: DEFAULT_LANGUAGE.tag,
      additionalLanguages: ADDITIONAL_LANGUAGES.map(({ tag, file }) => ({ languageTag: tag, file })),
    },
    name: t.name,
    description: t.description,
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#0B5CAD',
    bots: [
      {
        botId: s.botId,
        scopes: ['personal', 'team', 'groupChat'],
        // Needed for exports: Teams only delivers file-consent cards (and users' files) to bots that declare it.
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [{ scopes: ['personal', 'team', 'groupChat'], commands: t.commands }],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [s.host],
    defaultInstallScope: 'personal',
  };
}

/**
 * One localization file per additional language (Microsoft's MicrosoftTeams.Localization schema):
 * each text of the manifest under its JSON path, "bots[0].commandLists[0].commands[1].title".
 */
export function buildLocalizations(s: PackageSettings): { file: string; languageTag: string; content: Record<string, string> }[] {
  return ADDITIONAL_LANGUAGES.map(({ tag, locale, file }) => {
    const t = texts(s, locale);
    const content: Record<string, string> = {
      $schema: LOCALIZATION_SCHEMA_URL,
      'name.short': t.name.short,
      'name.full': t.name.full,
      'description.short': t.description.short,
      'description.full': t.description.full,
    };
    t.commands.forEach(({ title, description }, i) => {
      content[`bots[0].commandLists[0].commands[${i}].title`] = title;
      content[`bots[0].commandLists[0].commands[${i}].description`] = description;
    });
    return { file, languageTag: tag, content };
  });
}
