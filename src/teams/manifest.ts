import { z } from 'zod';

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

export function buildManifest(s: PackageSettings): Record<string, unknown> {
  return {
    $schema: SCHEMA_URL,
    manifestVersion: MANIFEST_VERSION,
    version: s.version,
    id: s.appId,
    developer: { name: s.developer, websiteUrl: s.websiteUrl, privacyUrl: s.privacyUrl, termsOfUseUrl: s.termsUrl },
    localizationInfo: { defaultLanguageTag: 'fr-be' },
    name: { short: s.name, full: `${s.name} – accès aux applications sécurisées de la sécurité sociale` },
    description: {
      short: 'Donner accès aux applications de la sécurité sociale en une conversation.',
      full:
        "Sésame aide les gestionnaires d'accès des hôpitaux (RAE, Co-RAE, gestionnaires d'accès) à donner accès aux applications " +
        'sécurisées du portail de la sécurité sociale (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…) en une courte conversation, ' +
        "au lieu de neuf écrans. Il parle français, néerlandais, allemand et anglais. Dans un groupe, mentionnez-le (@Sésame) : dès qu'il " +
        'faut des données personnelles, il continue en conversation privée.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#0B5CAD',
    bots: [
      {
        botId: s.botId,
        scopes: ['personal', 'team', 'groupChat'],
        // Needed for exports: Teams only delivers file-consent cards (and users' files) to bots that declare it.
        supportsFiles: true,
        isNotificationOnly: false,
        commandLists: [
          {
            scopes: ['personal', 'team', 'groupChat'],
            commands: [
              { title: 'bonjour', description: 'Commencer une demande d’accès' },
              { title: 'aide', description: 'Ce que Sésame sait faire' },
              { title: 'annuler', description: 'Tout arrêter : rien n’est enregistré' },
            ],
          },
        ],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: [s.host],
    defaultInstallScope: 'personal',
  };
}
