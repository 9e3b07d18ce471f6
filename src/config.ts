import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parseDuration } from './domain/duration';
import { dataDir } from './paths';
import { loadMailConfig, type MailConfig } from './mail/config';

const duration = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value, ctx) => {
      try {
        return parseDuration(value);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    });

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  /** Unset: 127.0.0.1 in local mode (no MicrosoftAppId), 0.0.0.0 with authentication (see listenHost). */
  HOST: z.string().min(1).optional(),
  SESAME_DB: z.string().min(1).default(join(dataDir, 'sesame.db')),
  /** The portal activates changes "within 20 minutes"; tests and demos shorten it. */
  ACTIVATION_DELAY: duration('20m'),
  /** A conversation left longer than this starts fresh (never with a half-confirmed grant). */
  SESAME_IDLE_TIMEOUT: duration('24h'),
  /** How long the web chat keeps what was said (it holds NISS numbers); older history is deleted. */
  DIRECT_LINE_RETENTION: duration('7d'),
  /** Load the demo entities, managers and users into an empty database. */
  SESAME_DEMO: z.enum(['0', '1', 'true', 'false']).default('1').transform((v) => v === '1' || v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  // botbuilder compares the app type without case ('UserAssignedMsi' in its docs, 'UserAssignedMSI' in Azure's).
  MicrosoftAppType: z
    .string()
    .default('')
    .refine((v) => ['', 'multitenant', 'singletenant', 'userassignedmsi'].includes(v.toLowerCase()), {
      message: 'must be MultiTenant, SingleTenant or UserAssignedMSI',
    }),
  MicrosoftAppTenantId: z.string().default(''),
  /** Certificate credentials instead of a password: thumbprint and PEM private key (inline or as a file). */
  CertificateThumbprint: z.string().default(''),
  CertificatePrivateKey: z.string().default(''),
  CertificatePrivateKeyFile: z.string().default(''),
  /** botbuilder's own setting: where the channel's signing keys are published (sovereign clouds, tests). */
  BotOpenIdMetadata: z.url().optional(),
  /** Whom every unknown person is told to contact (e.g. "the IT helpdesk, ext. 4321"); their RAE only if their entity vouches for them. */
  SESAME_HELPDESK: z.string().max(200).default(''),
  /** Signs web chat tokens; an embedding site trades it for a user token. Unset: a random one per start. */
  DIRECT_LINE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESAME_HOSPITAL_NAME: z.string().max(120).default('Hôpitaux IRIS Sud'),
  /** Origins (scheme://host[:port], space-separated) whose pages may frame the web chat, besides this server. */
  SESAME_FRAME_ANCESTORS: z
    .string()
    .default('')
    .transform((v) => v.split(/\s+/).filter(Boolean))
    // Only origins: anything else (a path, a quote, a ';') would change or end the CSP it is put in.
    .pipe(z.array(z.string().regex(/^https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i, 'each origin must be like https://intranet.hospital.be (scheme, host, optional port; no path)'))),
  /** Bearer token for /metrics and /readyz; unset: both are open (keep them off the public side then). */
  SESAME_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
});

export type Config = {
  port: number;
  host: string;
  dbFile: string;
  activationDelayMs: number;
  idleTimeoutMs: number;
  /** Web chat history older than this is deleted; absent: 7 days. */
  directLineRetentionMs?: number;
  demoData: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  bot: {
    appId: string;
    appPassword: string;
    appType: string;
    tenantId: string;
    certificateThumbprint?: string;
    certificatePrivateKey?: string;
    openIdMetadataUrl?: string;
  };
  /** Named to people Sésame does not know; empty: only the RAE / Co-RAE of an entity that vouches for them, else nobody. */
  helpdesk?: string;
  /** Undefined: web chat tokens are signed with a random secret and do not outlive the process. */
  directLineSecret?: string;
  /** Shown on the web chat page. */
  hospitalName?: string;
  /** Origins that may frame the web chat page besides this server; absent: none. */
  frameAncestors?: string[];
  /** Invitation mails; absent: files next to the database, links to the address the server listens on. */
  mail?: MailConfig;
  /** Required (Bearer) by /metrics and /readyz when set. */
  metricsToken?: string;
};

function readKeyFile(file: string): string {
  if (!file) return '';
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`invalid configuration: CertificatePrivateKeyFile: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Without authentication whoever reaches the port can act as any manager: local mode listens on
 * this machine unless HOST says otherwise. Behind Bot Framework authentication, every interface.
 */
export const listenHost = (host: string | undefined, appId: string): string => host ?? (appId === '' ? '127.0.0.1' : '0.0.0.0');

/** Reads the environment once, with every setting checked; a wrong value stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: listenHost(e.HOST, e.MicrosoftAppId),
    dbFile: e.SESAME_DB,
    activationDelayMs: e.ACTIVATION_DELAY,
    idleTimeoutMs: e.SESAME_IDLE_TIMEOUT,
    directLineRetentionMs: e.DIRECT_LINE_RETENTION,
    demoData: e.SESAME_DEMO,
    logLevel: e.LOG_LEVEL,
    bot: {
      appId: e.MicrosoftAppId,
      appPassword: e.MicrosoftAppPassword,
      appType: e.MicrosoftAppType,
      tenantId: e.MicrosoftAppTenantId,
      certificateThumbprint: e.CertificateThumbprint,
      certificatePrivateKey: e.CertificatePrivateKey || readKeyFile(e.CertificatePrivateKeyFile),
      ...(e.BotOpenIdMetadata ? { openIdMetadataUrl: e.BotOpenIdMetadata } : {}),
    },
    helpdesk: e.SESAME_HELPDESK,
    ...(e.DIRECT_LINE_SECRET ? { directLineSecret: e.DIRECT_LINE_SECRET } : {}),
    hospitalName: e.SESAME_HOSPITAL_NAME,
    frameAncestors: e.SESAME_FRAME_ANCESTORS,
    mail: loadMailConfig(env, { dbFile: e.SESAME_DB, port: e.PORT }),
    ...(e.SESAME_METRICS_TOKEN ? { metricsToken: e.SESAME_METRICS_TOKEN } : {}),
  };
}
