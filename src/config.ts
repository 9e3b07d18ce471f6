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
  HOST: z.string().default('0.0.0.0'),
  SESAME_DB: z.string().min(1).default(join(dataDir, 'sesame.db')),
  /** The portal activates changes "within 20 minutes"; tests and demos shorten it. */
  ACTIVATION_DELAY: duration('20m'),
  /** Load the demo entities, managers and users into an empty database. */
  SESAME_DEMO: z.enum(['0', '1', 'true', 'false']).default('1').transform((v) => v === '1' || v === 'true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MicrosoftAppId: z.string().default(''),
  MicrosoftAppPassword: z.string().default(''),
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI', '']).default(''),
  MicrosoftAppTenantId: z.string().default(''),
});

export type Config = {
  port: number;
  host: string;
  dbFile: string;
  activationDelayMs: number;
  demoData: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  bot: { appId: string; appPassword: string; appType: string; tenantId: string };
  /** Invitation mails; absent: files next to the database, links to the address the server listens on. */
  mail?: MailConfig;
};

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
    host: e.HOST,
    dbFile: e.SESAME_DB,
    activationDelayMs: e.ACTIVATION_DELAY,
    demoData: e.SESAME_DEMO,
    logLevel: e.LOG_LEVEL,
    bot: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    mail: loadMailConfig(env, { dbFile: e.SESAME_DB, port: e.PORT }),
  };
}
