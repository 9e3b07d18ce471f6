import type { Store } from '../store/store';
import { servicesOf } from '../services';

/** What a Direct Line request asks, as the audit log names it. */
export type DirectLineRequest = 'generate' | 'demoToken' | 'refresh' | 'start' | 'resume' | 'history' | 'post' | 'stream';

/** Why a user is turned away: unknown to Sésame, a manager whose every role was withdrawn, or a token chain at its end. */
export type GateRefusal = 'unknown' | 'noRole' | 'maxLifetime';

/** The audit action of every web chat refusal; `details.request` says which request. */
export const WEB_CHAT_ACTION = 'openWebChat';

/**
 * Only a manager holding a role (RAE, CO_RAE, GA or HELPDESK) may hold a web chat token, and
 * this is asked again at every use: a role withdrawn closes the chat even for a token issued before.
 */
export interface ManagerGate {
  refusalFor(userId: string): Exclude<GateRefusal, 'maxLifetime'> | undefined;
  /** Audits a refusal. Missing, forged and expired tokens are not: anyone could write those rows. */
  audit(userId: string, request: DirectLineRequest, reason: GateRefusal): void;
}

/** The gate over the store's managers (the bot finds a Direct Line user by their channel user id, so does this). */
export function managerGate(store: Store, clock: () => number = Date.now): ManagerGate {
  return {
    refusalFor(userId) {
      const manager = store.people.managerByChannelUserId(userId);
      if (!manager) return 'unknown';
      return store.people.rolesOf(manager.id).length === 0 ? 'noRole' : undefined;
    },
    audit(userId, request, reason) {
      const manager = store.people.managerByChannelUserId(userId);
      servicesOf(store).audit.refused({
        at: clock(),
        managerId: manager?.id ?? null,
        action: WEB_CHAT_ACTION,
        details: { request, reason, ...(manager ? {} : { channelUserId: userId }) },
      });
    },
  };
}
