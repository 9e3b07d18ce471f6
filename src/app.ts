import type { Server } from 'restify';
import type { Logger } from 'pino';
import type { AddressInfo } from 'node:net';
import type { Config } from './config';
import { Store } from './store/store';
import { loadCatalog, loadDemoIfEmpty } from './store/seed';
import { authMode, createAdapter, createChannelAuth, isLocalMode, proactiveDeliver, tokenCheck } from './bot/adapter';
import { conversationMachineFor } from './bot/conversation-actors';
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
import { registerOperations } from './http/metrics';
import { Draining } from './http/draining';
import { CONNECTOR_PREFIX } from './directline/routes';
import { WorkInFlight } from './lifecycle/work-in-flight';
import { SesameMetrics } from './metrics/sesame-metrics';
import { MetricsRepo } from './store/metrics.repo';
import { readMigrations } from './store/db';
import { watchExternalCommits } from './store/external-commits';
import { servicesOf } from './services';

export interface Sesame {
  server: Server;
  store: Store;
  url: string;
  scheduler: ActivationScheduler;
  sender: OutboxSender;
  invitations: InvitationSender;
  /** Resolves once no request, turn or work after a reply (a card written again) is under way. */
  idle(): Promise<void>;
  /** Stops taking turns (503 + Retry-After), finishes those under way, stops the jobs, closes the database. */
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

  // `channel` is made below, before the server listens, so before anyone scrapes.
  const metrics = new SesameMetrics({ store: new MetricsRepo(store.db), openStreams: () => channel.openStreams() });
  const services = servicesOf(store);
  services.activation.onActivated = (lagsMs) => metrics.activated(lagsMs);
  // Requests and turns under way: a stop waits for them (a Direct Line turn runs after its request answered).
  const work = new WorkInFlight();
  const draining = new Draining({
    work,
    exempt: (path) => path.startsWith(CONNECTOR_PREFIX),
    onAnswered: (status) => {
      if (status >= 500) metrics.error('http');
    },
  });

  const auth = createChannelAuth(config);
  const adapter = createAdapter(config, logger, auth);
  const runner = new TurnRunner(store, conversationMachineFor(store, { activationDelayMs: config.activationDelayMs }), { activationDelayMs: config.activationDelayMs, idleTimeoutMs: config.idleTimeoutMs });
  const observeTurn = (channelId: string | undefined) => {
    const endMetric = metrics.turnStarted(channelId);
    const endWork = work.begin();
    return (outcome: 'ok' | 'error') => {
      endMetric(outcome);
      endWork();
    };
  };
  const bot = new SesameBot({ store, runner, logger, personal: channelPersonalChats(adapter, config), helpdesk: config.helpdesk ?? '', observeTurn, observeWork: () => work.begin() });

  // Links point to PUBLIC_URL, or to this server once its port is known.
  const mail: MailConfig = config.mail ?? { publicUrl: '', from: 'Sésame <no-reply@sesame.local>', invitationTtlMs: 72 * 3_600_000, smtp: null, dir: localMailDir(config.dbFile) };
  const links = { publicUrl: mail.publicUrl, invitationTtlMs: mail.invitationTtlMs };
  const invitations = new InvitationSender(store.invitations, services.invitations, store.people, createMailer(mail), links, logger);

  const server = createServer({
    adapter,
    bot,
    logger,
    health: () => ({ mode: isLocalMode(config) ? 'local' : 'authenticated', outbox: store.outbox.counts(), mail: store.invitations.counts() }),
    ...(isLocalMode(config) ? {} : { checkToken: tokenCheck(auth) }),
    hospitalName: config.hospitalName ?? 'Sésame',
    frameAncestors: config.frameAncestors ?? [],
    routes: [
      (s) => draining.register(s),
      (s) => registerPasswordPage(s, { invitations: services.invitations, catalog: store.catalog, hospitalName: config.hospitalName, logger }),
      (s) => registerOperations(s, { metrics, db: store.db, migrations: readMigrations(), token: config.metricsToken }),
    ],
  });
  let selfUrl = '';
  const channel = attachDirectLine({ server, store, config, bot, logger, selfUrl: () => selfUrl });

  const sender = new OutboxSender(store.outbox, store.conversations, channel.deliver(proactiveDeliver(adapter, config)), logger);
  const scheduler = new ActivationScheduler(accessChanges(services.activation, services.deactivation), () => void sender.flush(), logger);
  sender.onError = () => metrics.error('delivery');
  scheduler.onError = () => metrics.error('activation');
  // After any committed access change: the activation timer may move earlier, a new user awaits their mail.
  const accessChanged = () => {
    scheduler.reschedule();
    void invitations.flush();
  };
  const stopListening = services.events.on(accessChanged);

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
  // Grants, revocations and invitations written by another process (the CLI) are done on time too.
  const stopWatching = watchExternalCommits(store.db, () => {
    accessChanged();
    void sender.flush();
  });
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

  let closing: Promise<void> | undefined;
  const close = async () => {
    const began = performance.now();
    draining.start();
    stopWatching();
    stopListening();
    clearInterval(pruning);
    scheduler.stop();
    sender.stop();
    invitations.stop();
    const inFlight = work.count;
    await work.idle();
    await Promise.all([sender.idle(), invitations.idle(), draining.quiet()]);
    // After the turns: their replies still reach the open streams.
    await channel.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (store.db.open) {
      try {
        // Everything into the database file: a copy of it alone (backup, image) is then complete.
        store.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (err) {
        logger.warn({ err }, 'WAL checkpoint failed; SQLite replays the WAL at next start');
      }
    }
    store.close();
    logger.info({ ms: Math.round(performance.now() - began), inFlight }, 'stopped');
  };
  return {
    server,
    store,
    url,
    scheduler,
    sender,
    invitations,
    idle: () => work.idle(),
    close() {
      closing ??= close();
      return closing;
    },
  };
}
