import type { Activity } from 'botbuilder';
import type { StrangerOrigin } from '../store/contacts.repo';
import { tenantOf } from './teams';

/**
 * Where someone Sésame does not know comes from, as far as the channel itself vouches for it.
 * Only Teams: it writes the tenant and `from` itself, and with authentication on its token proves
 * the activity is Teams'. Elsewhere (Azure Direct Line, the Emulator) the client writes
 * channelData and `from`, so nothing there is taken as an origin.
 */
export function strangerOrigin(a: Partial<Activity>): StrangerOrigin {
  if (a.channelId !== 'msteams') return {};
  const tenantId = tenantOf(a)?.trim().toLowerCase();
  // Teams' `from` carries no e-mail; a TeamsChannelAccount (as some Teams payloads have it) may.
  const from = a.from as { userPrincipalName?: unknown; email?: unknown } | undefined;
  const address = [from?.userPrincipalName, from?.email].find((v): v is string => typeof v === 'string' && v.includes('@'));
  const emailDomain = address?.slice(address.lastIndexOf('@') + 1).trim().toLowerCase();
  return { ...(tenantId ? { tenantId } : {}), ...(emailDomain ? { emailDomain } : {}) };
}
