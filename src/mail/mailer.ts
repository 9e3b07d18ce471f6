import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { MailConfig } from './config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends one mail; resolves with where it went (a file path locally, the SMTP message id otherwise). */
export type SendMail = (mail: Mail) => Promise<string>;

/**
 * SMTP when configured; otherwise nodemailer's JSON transport, each message written to a file of
 * its own so a developer can open the invitation link without a mail server.
 */
export function createMailer(config: MailConfig): SendMail {
  if (config.smtp) {
    const { host, port, secure, user, password } = config.smtp;
    const transport = nodemailer.createTransport({ host, port, secure, ...(user ? { auth: { user, pass: password } } : {}) });
    return async (mail) => (await transport.sendMail({ from: config.from, ...mail })).messageId;
  }
  const transport = nodemailer.createTransport({ jsonTransport: true });
  let n = 0;
  return async (mail) => {
    const info = await transport.sendMail({ from: config.from, ...mail });
    mkdirSync(config.dir, { recursive: true });
    const file = join(config.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${++n}.json`);
    writeFileSync(file, info.message as unknown as string, { mode: 0o600 });
    return file;
  };
}
