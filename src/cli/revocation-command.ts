/** The three ways of taking access away share one shape: --as, --niss, --entity, then the order's own options. */
import { randomUUID } from 'node:crypto';
import type { Store } from '../store/store';
import type { Entity } from '../store/catalog.repo';
import type { RevocationOrder, RevocationResult } from '../store/revocation.repo';
import { maskNiss } from '../domain/niss';
import { isVisibleTo } from '../people/visibility';
import { servicesOf } from '../services';
import { parse, refused, required, type Command, type Options, type Values } from './args';
import { explain, manager, resolveEntity, userOf } from './lookups';

export const revocation = (cmd: string, extra: Options, build: (store: Store, v: Values, e: Entity) => object, say: (r: RevocationResult) => string): Command =>
  async (args, open, io) => {
    const v = parse(cmd, args, { as: { type: 'string' }, niss: { type: 'string' }, entity: { type: 'string' }, quality: { type: 'string' }, ...extra });
    const as = required(cmd, v, 'as');
    const nissInput = required(cmd, v, 'niss');
    const store = open();
    const m = manager(store, as);
    const user = userOf(store, nissInput);
    // As everywhere, someone who is no user of this manager's entities is answered as unknown to them.
    if (!isVisibleTo(store, m.id, user.id)) throw refused(`no user of your entities has NISS ${maskNiss(user.niss)}`);
    const e = resolveEntity(store, v);
    try {
      const order = { idempotencyKey: `cli:${randomUUID()}`, managerId: m.id, conversationId: null, userId: user.id, ...build(store, v, e) };
      const r = await servicesOf(store).revocations.execute(order as RevocationOrder);
      io.stdout(say(r));
    } catch (err) {
      explain(err);
    }
  };
