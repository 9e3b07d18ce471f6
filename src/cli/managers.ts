/** `sesame managers …`: add (the administrator's), designate and remove (a RAE's, --as, through src/services). */
import { ROLES, type Role } from '../domain/authorization';
import { DESIGNABLE_ROLES, type DesignableRole } from '../store/designation.repo';
import { servicesOf } from '../services';
import { CliError, oneOf, optional, parse, required, usageError, type Command } from './args';
import { validGuid, validInami, validName } from './values';
import { entity, explain, manager, qualityOf, scope } from './lookups';
import { designeesIn } from '../bot/designees';

export const managersAdd: Command = (args, open, io) => {
  const cmd = 'managers add';
  const v = parse(cmd, args, {
    id: { type: 'string' },
    name: { type: 'string' },
    entity: { type: 'string' },
    role: { type: 'string' },
    quality: { type: 'string' },
    'aad-object-id': { type: 'string' },
  });
  const idArgument = optional(v, 'id')?.trim() || undefined;
  if (idArgument === undefined && optional(v, 'aad-object-id') === undefined) required(cmd, v, 'id');
  const nameInput = required(cmd, v, 'name');
  const role = oneOf<Role>(cmd, 'role', required(cmd, v, 'role'), ROLES);
  const entityInput = optional(v, 'entity');
  const qualityInput = optional(v, 'quality');
  if (role === 'HELPDESK' && entityInput !== undefined) throw usageError(`${cmd}: HELPDESK spans all entities; leave out --entity`);
  if (role !== 'HELPDESK' && entityInput === undefined) throw usageError(`${cmd}: --entity is required for ${role}`);
  if (qualityInput !== undefined && role !== 'GA') throw usageError(`${cmd}: only a GA can be limited to one qualité (--quality)`);
  const aadInput = optional(v, 'aad-object-id');
  const aadObjectId = aadInput === undefined ? null : validGuid(aadInput);
  if (entityInput !== undefined) validInami(entityInput);
  const name = validName('name', nameInput, 'managerName');

  const store = open();
  const e = entityInput === undefined ? null : entity(store, entityInput);
  const q = e && qualityInput !== undefined ? qualityOf(store, e, qualityInput) : null;
  const holder = aadObjectId === null ? undefined : store.people.managerByAadObjectId(aadObjectId);
  // A Teams-only manager has no other id worth typing: their object id serves as both.
  const channelUserId = idArgument ?? holder?.channelUserId ?? aadObjectId!;
  if (aadObjectId !== null) {
    if (holder && holder.channelUserId !== channelUserId) {
      throw new CliError(`--aad-object-id ${aadObjectId} already belongs to manager "${holder.channelUserId}" (${holder.name})`);
    }
  }
  const existed = store.people.managerByChannelUserId(channelUserId) !== undefined;
  const manager = store.db.transaction(() => {
    const m = store.people.addManager({ channelUserId, aadObjectId, name });
    store.people.addRole(m.id, role, e?.id ?? null, q?.id ?? null);
    return m;
  })();
  const scope = e ? ` for ${e.inami} (${e.name})${q ? `, qualité ${q.kind}` : ''}` : ' (all entities)';
  io.stdout(`${existed ? 'Updated' : 'Added'} manager "${manager.channelUserId}" (${manager.name}): ${role}${scope}\n`);
};

export const designation = (cmd: string, remove: boolean): Command => async (args, open, io) => {
  const v = parse(cmd, args, {
    as: { type: 'string' }, id: { type: 'string' }, person: { type: 'string' }, role: { type: 'string' }, entity: { type: 'string' },
    quality: { type: 'string' }, 'aad-object-id': { type: 'string' },
  });
  const as = required(cmd, v, 'as');
  // Removed: the manager's channel id; designated: a user of the entity (username, NISS or e-mail), never a word on trust.
  const id = remove ? required(cmd, v, 'id') : optional(v, 'id');
  const said = remove ? '' : required(cmd, v, 'person');
  const role = oneOf<DesignableRole>(cmd, 'role', required(cmd, v, 'role'), DESIGNABLE_ROLES);
  const store = open();
  const actor = manager(store, as);
  const { e, q } = scope(store, v);
  try {
    if (remove) {
      const r = await servicesOf(store).designations.remove(actor.id, { channelUserId: id!, role, entityId: e.id, qualityId: q?.id ?? null });
      io.stdout(r.changed ? `Removed ${role} "${id}" from ${e.inami} (${e.name}).\n` : `"${id}" was not ${role} of ${e.inami}: nothing to do.\n`);
    } else {
      // The rights first: who is a user of the entity is told only to whom may designate there.
      servicesOf(store).authorizer.authorize(actor.id, ['designateManager'], { entityId: e.id }, Date.now(), { action: 'designateManager', qualityId: q?.id ?? null });
      const found = designeesIn(store, e.id, said);
      if (!found.exact || found.candidates.length !== 1) {
        const offered = found.candidates.map((d) => `${d.name} (${d.username})`).join(', ');
        throw new CliError(`--person "${said}" ${found.candidates.length === 0 ? `is no user of ${e.inami}` : `is not one user of ${e.inami}; did you mean: ${offered}?`}`);
      }
      const person = found.candidates[0]!;
      const aad = optional(v, 'aad-object-id');
      const r = await servicesOf(store).designations.designate(actor.id, { userId: person.userId, ...(id ? { channelUserId: id } : {}), aadObjectId: aad ?? null, role, entityId: e.id, qualityId: q?.id ?? null });
      const who = `"${r.manager.channelUserId}" (${r.manager.name})`;
      io.stdout(r.changed ? `Designated ${who} as ${role} of ${e.inami} (${e.name})${q ? `, qualité ${q.kind}` : ''}.\n` : `${who} already is ${role} there: nothing to do.\n`);
    }
  } catch (err) {
    explain(err);
  }
};
