import { dirname, join } from 'node:path';
import { z } from 'zod';
import { parseDuration } from '../domain/duration';

export interface MailConfig {
  /** Where the links in mails point: Sésame's public address. */
  publicUrl: string;
  from: string;
  /** How long an invitation link works. */
  invitationTtlMs: number;
  /** SMTP when a host is set; otherwise each mail is written as a JSON file in `dir`. */
  smtp: { host: string; port: number; secure: boolean; user: string; password: string } | null;
  dir: string;
}

const EnvSchema = z.object({
  PUBLIC_URL: z.url().optional(),
  MAIL_FROM: z.string().default('Sésame <no-reply@sesame.local>'),
  MAIL_DIR: z.string().optional(),
  INVITATION_TTL: z.string().default('72h'),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_SECURE: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  SMTP_USER: z.string().default(''),
  SMTP_PASSWORD: z.string().default(''),
});

/** Mail settings from the environment; the local default writes mails next to the database (data/mail/). */
export function loadMailConfig(env: NodeJS.ProcessEnv, defaults: { dbFile: string; port: number }): MailConfig {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  return {
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${defaults.port}`).replace(/\/+$/, ''),
    from: e.MAIL_FROM,
    invitationTtlMs: parseDuration(e.INVITATION_TTL),
    smtp: e.SMTP_HOST ? { host: e.SMTP_HOST, port: e.SMTP_PORT, secure: e.SMTP_SECURE, user: e.SMTP_USER, password: e.SMTP_PASSWORD } : null,
    dir: e.MAIL_DIR ?? localMailDir(defaults.dbFile),
  };
}

export const localMailDir = (dbFile: string) => join(dirname(dbFile), 'mail');
