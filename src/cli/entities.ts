/** `sesame entities …`: add, vouch. */
import type { Entity } from '../store/catalog.repo';
import type { Vouching } from '../store/contacts.repo';
import { optional, parse, required, type Command, type Values } from './args';
import { validDomain, validGuid, validInami } from './values';
import { entity, resolveKind } from './lookups';

/** --tenant and --email-domain as given: a value sets, "" removes, absent leaves as is. */
function vouchingOptions(v: Values): Partial<Vouching> {
  const tenant = optional(v, 'tenant');
  const domain = optional(v, 'email-domain');
  return {
    ...(tenant === undefined ? {} : { tenantId: tenant.trim() === '' ? null : validGuid(tenant, 'tenant') }),
    ...(domain === undefined ? {} : { emailDomain: domain.trim() === '' ? null : validDomain(domain) }),
  };
}

const vouchingText = (e: Entity, vouching: Vouching): string => {
  const whom = [vouching.tenantId && `tenant ${vouching.tenantId}`, vouching.emailDomain && `e-mail domain ${vouching.emailDomain}`].filter(Boolean);
  return whom.length
    ? `${e.inami} (${e.name}) vouches for ${whom.join(' and ')}: people Sésame does not know from there are told its RAE and Co-RAE`
    : `${e.inami} (${e.name}) vouches for nobody: people Sésame does not know are told the helpdesk only`;
};


export const entitiesAdd: Command = (args, open, io) => {
  const cmd = 'entities add';
  const v = parse(cmd, args, {
    inami: { type: 'string' },
    name: { type: 'string' },
    quality: { type: 'string', multiple: true },
    inactive: { type: 'boolean' },
    tenant: { type: 'string' },
    'email-domain': { type: 'string' },
  });
  const inamiInput = required(cmd, v, 'inami');
  const name = required(cmd, v, 'name');
  const inami = validInami(inamiInput);
  const vouching = vouchingOptions(v);
  const store = open();
  const requested = (v.quality as string[] | undefined) ?? ['HOSPITAL'];
  const kinds = [...new Set(requested.map((q) => resolveKind(store, q)))];
  const active = v.inactive !== true;
  const existing = store.catalog.entityByInami(inami);
  const e = store.catalog.addEntity(inami, name, kinds.map((kind) => ({ kind, active })));
  const vouched = store.contacts.vouch(e.id, vouching);
  const qualities = store.catalog
    .qualitiesOfEntity(e.id)
    .map((q) => `${q.kind} (${q.active ? 'active' : 'inactive'})`)
    .join(', ');
  if (existing) {
    const kept = existing.name === name ? '' : ` (name kept: "${existing.name}")`;
    io.stdout(`Entity ${e.inami} already existed${kept}; qualités: ${qualities}\n`);
  } else {
    io.stdout(`Added entity ${e.inami} "${e.name}"; qualités: ${qualities}\n`);
  }
  if (Object.keys(vouching).length > 0) io.stdout(`${vouchingText(e, vouched)}\n`);
};

export const entitiesVouch: Command = (args, open, io) => {
  const cmd = 'entities vouch';
  const v = parse(cmd, args, { inami: { type: 'string' }, tenant: { type: 'string' }, 'email-domain': { type: 'string' } });
  const inamiInput = required(cmd, v, 'inami');
  validInami(inamiInput);
  const vouching = vouchingOptions(v);
  const store = open();
  const e = entity(store, inamiInput);
  io.stdout(`${vouchingText(e, store.contacts.vouch(e.id, vouching))}\n`);
};
