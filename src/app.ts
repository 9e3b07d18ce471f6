import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { Store } from './store/store';
import { loadCatalog, loadDemoIfEmpty } from './store/seed';
import { authMode, createAdapter, createChannelAuth, isLocalMode, proactiveDeliver, tokenCheck } from './bot/adapter';
import { grantMachineFor } from './bot/grant-actors';
import { TurnRunner } from './bot/turn-runner';
import { SesameBot } from './bot/sesame-bot';
import { channelPersonalChats } from './bot/personal-chat';
import { createServer } from './server';
import { ActivationScheduler } from './activation/scheduler';
import { OutboxSender } from './activation/outbox-sender';
import { attachDirectLine } from './directline';
import { accessChanges } from './activation/due-work';
import { localMailDir, type MailConfig } from './mail/config';
import { createMailer } from './mail/mailer';
import { InvitationSender } from './mail/invitation-sender';
import { registerPasswordPage } from './http/password-page';
import { exposure } from './http/exposure';

export interface Sesame {
  server: Server;
  store: Store;
  url: string;
  scheduler: ActivationScheduler;
  sender: OutboxSender;
  invitations: InvitationSender;
  close(): Promise<void>;
}

/** Channels redeliver within minutes; a day of remembered replies is plenty. */
const REDELIVERY_MEMORY_MS = 24 * 60 * 60_000;

/** Builds and starts everything: store, bot, HTTP server, activation. */
export async function startSesame(config: Config, logger: Logger): Promise<Sesame> {
  const started = process.hrtime.bigint();
  const store = Store.open(config.dbFile, { activationDelayMs: config.activationDelayMs });
  loadCatalog(store);
  if (config.demoData && loadDemoIfEmpty(store)) logger.info('demo data loaded (manager id: demo-manager)');

  const auth = createChannelAuth(config);
  const adapter = createAdapter(config, logger, auth);
  const runner = new TurnRunner(store, grantMachineFor(store), { activationDelayMs: config.activationDelayMs, idleTimeoutMs: config.idleTimeoutMs });
  const bot = new SesameBot({ store, runner, logger, personal: channelPersonalChats(adapter, config), helpdesk: config.helpdesk ?? '' });

  // Links point to PUBLIC_URL, or to this server once its port is known.
  const mail: MailConfig = config.mail ?? { publicUrl: '', from: 'Sésame <no-reply@sesame.local>', invitationTtlMs: 72 * 3_600_000, smtp: null, dir: localMailDir(config.dbFile) };
  const links = { publicUrl: mail.publicUrl, invitationTtlMs: mail.invitationTtlMs };
  const invitations = new InvitationSender(store.invitations, store.people, createMailer(mail), links, logger);

  const server = createServer({
    adapter,
    bot,
    logger,
    health: () => ({ mode: isLocalMode(config) ? 'local' : 'authenticated', outbox: store.outbox.counts(), mail: store.invitations.counts() }),
    ...(isLocalMode(config) ? {} : { checkToken: tokenCheck(auth) }),
    hospitalName: config.hospitalName ?? 'Sésame',
    frameAncestors: config.frameAncestors ?? [],
    routes: [(s) => registerPasswordPage(s, { invitations: store.invitations, logger })],
  });
  let selfUrl = '';
  const directLine = attachDirectLine({ server, store, config, bot, logger, selfUrl: () => selfUrl });

  const sender = new OutboxSender(store.outbox, store.conversations, directLine.deliver(proactiveDeliver(adapter, config)), logger);
  const scheduler = new ActivationScheduler(accessChanges(store.access, store.revocations), () => void sender.flush(), logger);
  store.onGranted = () => {
    scheduler.reschedule();
    void invitations.flush();
  };

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // The Direct Line channel's connector is this server; a wildcard address is reached on the loopback.
  selfUrl = ['0.0.0.0', '::', ''].includes(config.host) ? url : `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  links.publicUrl ||= url;

  // After listening: a restart first activates and announces whatever fell due while down.
  scheduler.start();
  void sender.flush();
  void invitations.flush();
  logger.info({ transport: mail.smtp ? `smtp ${mail.smtp.host}:${mail.smtp.port}` : `files in ${mail.dir}` }, 'invitation mails');
  const prune = () => {
    store.conversations.pruneProcessed(Date.now() - REDELIVERY_MEMORY_MS);
    store.directLine.prune(Date.now() - (config.directLineRetentionMs ?? 7 * 24 * 60 * 60_000));
    store.pendingFiles.prune(Date.now());
  };
  prune();
  const pruning = setInterval(prune, 60 * 60_000);
  pruning.unref();

  logger.info(
    {
      port,
      db: config.dbFile,
      activationDelayMs: config.activationDelayMs,
      mode: authMode(config),
      startupMs: Number(process.hrtime.bigint() - started) / 1e6,
    },
    `Sésame listening on http://localhost:${port}`,
  );
  const exposed = exposure(config);
  logger[exposed.level]({ host: config.host, port }, exposed.message);

  let closed = false;
  return {
    server,
    store,
    url,
    scheduler,
    sender,
    invitations,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(pruning);
      scheduler.stop();
      sender.stop();
      invitations.stop();
      await sender.idle();
      directLine.close();
      await invitations.idle();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
    },
  };
}
