import type { Config } from '../config';

const isLoopbackHost = (host: string) => host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host);

/**
 * The start-up line that says who can reach this server and what they can do with it: a HOST set
 * to a public interface without authentication hands every manager's rights to the network.
 */
export function exposure(config: Pick<Config, 'host' | 'bot'>): { level: 'info' | 'warn'; message: string } {
  const { host } = config;
  if (config.bot.appId !== '') return { level: 'info', message: `authenticated mode listening on ${host}: /api/messages requires a Bot Framework token` };
  if (isLoopbackHost(host)) return { level: 'info', message: `local mode without authentication listening on ${host}: reachable from this machine only` };
  return {
    level: 'warn',
    message: `local mode without authentication listening on ${host}: anyone who reaches this port can act as any manager (set MicrosoftAppId, or leave HOST unset to listen on 127.0.0.1)`,
  };
}
