import type { Store } from '../store/store';
import { AuditWriter } from './audit';
import { Authorizer } from './authorize';
import { AccessEvents } from './access-events';
import { GrantService } from './grant.service';
import { RevocationService } from './revocation.service';
import { DesignationService } from './designation.service';
import { ActivationService } from './activation.service';
import { DeactivationService } from './deactivation.service';
import { InvitationService } from './invitation.service';

/**
 * The rules, over one store: every command authorizes once, is idempotent by its key, audits in its
 * own transaction through the one writer, and says what changed. Dialogs' actors, the CLI, the HTTP
 * routes and the jobs all call these, never a repository's writes directly.
 */
export class Services {
  readonly audit: AuditWriter;
  readonly authorizer: Authorizer;
  readonly events: AccessEvents;
  readonly grants: GrantService;
  readonly revocations: RevocationService;
  readonly designations: DesignationService;
  /** The system's own work: what falls due, and the links people set their password with. */
  readonly activation: ActivationService;
  readonly deactivation: DeactivationService;
  readonly invitations: InvitationService;

  constructor(readonly store: Store) {
    this.audit = new AuditWriter(store);
    this.authorizer = new Authorizer(store, this.audit);
    this.events = new AccessEvents();
    this.grants = new GrantService(store, this.authorizer, this.audit, this.events);
    this.revocations = new RevocationService(store, this.authorizer, this.audit, this.events);
    this.designations = new DesignationService(store, this.authorizer, this.audit);
    this.activation = new ActivationService(store, this.audit);
    this.deactivation = new DeactivationService(store, this.audit);
    this.invitations = new InvitationService(store, this.audit);
  }
}

const built = new WeakMap<Store, Services>();

/** The services of a store, built once: the server, the CLI and tests reach the same listeners. */
export function servicesOf(store: Store): Services {
  let s = built.get(store);
  if (!s) built.set(store, (s = new Services(store)));
  return s;
}
