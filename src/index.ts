import { loadConfig } from './config';
import { createLogger } from './logger';
import { startSesame } from './app';

/** A stop that has not finished by then is cut short: supervisors (systemd, Kubernetes) kill soon after. */
const FORCED_EXIT_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const sesame = await startSesame(config, logger);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.error({ signal, afterMs: FORCED_EXIT_MS }, 'shutdown did not finish in time: exiting without it');
      process.exit(1);
    }, FORCED_EXIT_MS);
    forced.unref();
    sesame.close().then(
      () => process.exit(0),
      (err: Error) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(`Sésame could not start: ${err.message}`);
  process.exit(1);
});
