import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { dataDir } from '../paths';
import { ROLES } from '../domain/authorization';
import { LOCALES } from '../domain/locale';
import { checkNiss } from '../domain/niss';
import { checkInami } from '../domain/inami';
import { checkPersonName, describeNameProblems, type NameField } from '../domain/person-name';
import { CatalogFile } from './catalog.repo';
import type { Store } from './store';

const inami = z.string().refine((v) => checkInami(v).ok, 'not a valid INAMI number');

/** Names in the demo file meet the rule of names typed in the chat or the CLI. */
const personName = (field: NameField) =>
  z.string().superRefine((v, ctx) => {
    const check = checkPersonName(v, field);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: `not a valid name: ${describeNameProblems(check)}` });
  });

export const DemoFile = z.object({
  entities: z.array(
    z.object({
      inami,
      name: z.string().min(1),
      qualities: z.array(z.object({ kind: z.string(), active: z.boolean() })),
      // Whom the entity vouches for: strangers from this Entra tenant or e-mail domain are told its RAE / Co-RAE.
      tenantId: z.guid().optional(),
      emailDomain: z.string().optional(),
    }),
  ),
  managers: z.array(
    z.object({
      channelUserId: z.string().min(1),
      aadObjectId: z.string().optional(),
      name: personName('managerName'),
      roles: z.array(z.object({ role: z.enum(ROLES), entity: inami.optional(), quality: z.string().optional() })),
    }),
  ),
  users: z.array(
    z.object({
      niss: z.string().refine((v) => checkNiss(v).ok, 'not a valid NISS'),
      username: z.string(),
      lastName: personName('lastName'),
      firstName: personName('firstName'),
      title: personName('title').nullable(),
      language: z.enum(LOCALES),
      email: z.email(),
      localEmail: z.email().nullable().optional(),
      entity: inami,
      quality: z.string(),
      status: z.enum(['invited', 'active', 'disabled']),
    }),
  ),
});
export type DemoFile = z.infer<typeof DemoFile>;

const readJson = (name: string) => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as unknown;

/** The catalog from the procedures: re-applied at every start, so a new application needs no migration. */
export function loadCatalog(store: Store, file = 'catalog.json'): void {
  store.catalog.loadCatalog(CatalogFile.parse(readJson(file)));
}

/** Demo entities, managers and users, only into a database that has no entity yet. */
export function loadDemoIfEmpty(store: Store, file = 'demo.json'): boolean {
  if (store.catalog.entities().length > 0) return false;
  const demo = DemoFile.parse(readJson(file));
  const { catalog, people, db } = store;
  db.transaction(() => {
    for (const e of demo.entities) {
      const { id } = catalog.addEntity(e.inami, e.name, e.qualities);
      store.contacts.vouch(id, { ...(e.tenantId ? { tenantId: e.tenantId } : {}), ...(e.emailDomain ? { emailDomain: e.emailDomain } : {}) });
    }
    const qualityId = (inamiNumber: string, kind: string) => {
      const entity = catalog.entityByInami(inamiNumber)!;
      const q = catalog.qualitiesOfEntity(entity.id).find((x) => x.kind === kind);
      if (!q) throw new Error(`demo: no qualité ${kind} in ${inamiNumber}`);
      return { entityId: entity.id, qualityId: q.id };
    };
    for (const m of demo.managers) {
      const manager = people.addManager({ channelUserId: m.channelUserId, aadObjectId: m.aadObjectId ?? null, name: m.name });
      for (const r of m.roles) {
        if (r.role === 'HELPDESK') people.addRole(manager.id, 'HELPDESK', null);
        else if (r.quality) {
          const { entityId, qualityId: q } = qualityId(r.entity!, r.quality);
          people.addRole(manager.id, r.role, entityId, q);
        } else people.addRole(manager.id, r.role, catalog.entityByInami(r.entity!)!.id);
      }
    }
    for (const u of demo.users) {
      const { qualityId: q } = qualityId(u.entity, u.quality);
      people.insertUser({ ...u, niss: checkNiss(u.niss).ok ? u.niss.replace(/\D/g, '') : u.niss, localEmail: u.localEmail ?? null }, q, u.status);
    }
  })();
  return true;
}
