import { join } from 'node:path';
import { z } from 'zod';
import { parseDuration } from './domain/duration';
import { dataDir } from './paths';

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
  /** Signs web chat tokens; an embedding site trades it for a user token. Unset: a random one per start. */
  DIRECT_LINE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SESAME_HOSPITAL_NAME: z.string().max(120).default('Hôpitaux IRIS Sud'),
});

export type Config = {
  port: number;
  host: string;
  dbFile: string;
  activationDelayMs: number;
  demoData: boolean;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  bot: { appId: string; appPassword: string; appType: string; tenantId: string };
  /** Undefined: web chat tokens are signed with a random secret and do not outlive the process. */
  directLineSecret?: string;
  /** Shown on the web chat page. */
  hospitalName?: string;
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
    ...(e.DIRECT_LINE_SECRET ? { directLineSecret: e.DIRECT_LINE_SECRET } : {}),
    hospitalName: e.SESAME_HOSPITAL_NAME,
  };
}
