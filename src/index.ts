import { loadConfig } from './config';
import { createLogger } from './logger';
import { startSesame } from './app';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const sesame = await startSesame(config, logger);
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    sesame.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(`Sésame could not start: ${err.message}`);
  process.exit(1);
});
