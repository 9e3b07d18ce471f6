import { z } from 'zod';
import type { Db } from './db';
import type { Sql } from './sql/sql';
import type { Names } from '../domain/locale';

const names = z.object({ fr: z.string().min(1), nl: z.string().min(1), de: z.string().min(1), en: z.string().min(1) });

export const CatalogFile = z.object({
  qualityKinds: z.array(z.object({ code: z.string().regex(/^[A-Z_]+$/), names })).min(1),
  applications: z
    .array(
      z.object({
        code: z.string().regex(/^[A-Z0-9_]+$/),
        names,
        descriptions: z.object({ fr: z.string(), nl: z.string(), de: z.string(), en: z.string() }),
        qualityKinds: z.array(z.string()).min(1),
        collaboratorNeedsFunction: z.boolean(),
        aliases: z.array(z.string()),
      }),
    )
    .min(1),
  functions: z.array(z.object({ code: z.string(), names, forRole: z.enum(['doctor', 'pharmacist']) })).min(1),
});
export type CatalogFile = z.infer<typeof CatalogFile>;

export interface Entity {
  id: number;
  inami: string;
  name: string;
}

export interface Quality {
  id: number;
  entityId: number;
  kind: string;
  names: Names;
  active: boolean;
}

export interface Application {
  id: number;
  code: string;
  names: Names;
  aliases: string[];
  collaboratorNeedsFunction: boolean;
}

export interface FunctionDef {
  code: string;
  names: Names;
  forRole: 'doctor' | 'pharmacist';
}

type NameRow = { name_fr: string; name_nl: string; name_de: string; name_en: string };
const namesOf = (r: NameRow): Names => ({ fr: r.name_fr, nl: r.name_nl, de: r.name_de, en: r.name_en });

export class CatalogRepo {
  private readonly upsertKind;
  private readonly upsertApp;
  private readonly linkApp;
  private readonly upsertFunction;
  private readonly entityByInamiStmt;
  private readonly entityByIdStmt;
  private readonly insertEntity;
  private readonly insertQuality;
  private readonly qualitiesOfEntityStmt;
  private readonly qualityByIdStmt;
  private readonly appsForKindStmt;
  private readonly appsByCodeStmt;
  private readonly functionsStmt;
  private readonly entitiesStmt;
  private readonly kindsStmt;
  private readonly dataVersionStmt;
  /** Reads of what changes only with a release or an `entities add`: kept until the database changes. */
  private readonly memo = new Map<string, unknown>();
  private memoVersion = -1;

  constructor(private readonly db: Db) {
    this.dataVersionStmt = db.prepare('PRAGMA data_version').pluck();
    this.upsertKind = db.prepare(
      `INSERT INTO quality_kinds (code, name_fr, name_nl, name_de, name_en) VALUES (@code, @fr, @nl, @de, @en)
       ON CONFLICT (code) DO UPDATE SET name_fr = excluded.name_fr, name_nl = excluded.name_nl,
         name_de = excluded.name_de, name_en = excluded.name_en`,
    );
    this.upsertApp = db.prepare(
      `INSERT INTO applications (code, name_fr, name_nl, name_de, name_en, description_fr, description_nl,
         description_de, description_en, aliases, collaborator_needs_function)
       VALUES (@code, @fr, @nl, @de, @en, @dfr, @dnl, @dde, @den, @aliases, @needsFunction)
       ON CONFLICT (code) DO UPDATE SET name_fr = excluded.name_fr, name_nl = excluded.name_nl,
         name_de = excluded.name_de, name_en = excluded.name_en, description_fr = excluded.description_fr,
         description_nl = excluded.description_nl, description_de = excluded.description_de,
         description_en = excluded.description_en, aliases = excluded.aliases,
         collaborator_needs_function = excluded.collaborator_needs_function
       RETURNING id`,
    );
    this.linkApp = db.prepare(
      `INSERT OR IGNORE INTO application_quality_kinds (application_id, quality_kind) VALUES (?, ?)`,
    );
    this.upsertFunction = db.prepare(
      `INSERT INTO functions (code, name_fr, name_nl, name_de, name_en, for_role) VALUES (@code, @fr, @nl, @de, @en, @forRole)
       ON CONFLICT (code) DO UPDATE SET name_fr = excluded.name_fr, name_nl = excluded.name_nl,
         name_de = excluded.name_de, name_en = excluded.name_en, for_role = excluded.for_role`,
    );
    this.kindsStmt = db.prepare(`SELECT code, name_fr, name_nl, name_de, name_en FROM quality_kinds ORDER BY code`);
    this.entityByInamiStmt = db.prepare(`SELECT id, inami, name FROM entities WHERE inami = ?`);
    this.entityByIdStmt = db.prepare(`SELECT id, inami, name FROM entities WHERE id = ?`);
    this.entitiesStmt = db.prepare(`SELECT id, inami, name FROM entities ORDER BY name`);
    this.insertEntity = db.prepare(`INSERT INTO entities (inami, name, created_at) VALUES (?, ?, ?) RETURNING id`);
    this.insertQuality = db.prepare(
      `INSERT INTO qualities (entity_id, kind, active) VALUES (?, ?, ?)
       ON CONFLICT (entity_id, kind) DO NOTHING`,
    );
    const qualitySelect = `SELECT q.id, q.entity_id, q.kind, q.active, k.name_fr, k.name_nl, k.name_de, k.name_en
       FROM qualities q JOIN quality_kinds k ON k.code = q.kind`;
    this.qualitiesOfEntityStmt = db.prepare(`${qualitySelect} WHERE q.entity_id = ? ORDER BY q.id`);
    this.qualityByIdStmt = db.prepare(`${qualitySelect} WHERE q.id = ?`);
    this.appsForKindStmt = db.prepare(
      `${APP_SELECT} JOIN application_quality_kinds k ON k.application_id = a.id WHERE k.quality_kind = ? ORDER BY a.name_fr`,
    );
    this.appsByCodeStmt = db.prepare(APP_BY_CODE);
    this.functionsStmt = db.prepare(FUNCTIONS);
  }

  /**
   * The catalog is read on every message (to understand it) and changes with a release or an
   * `entities add` (often from the CLI, another connection): reads are remembered until this
   * repository writes or another connection commits (SQLite's data_version).
   */
  private remembered<T>(key: string, read: () => T): T {
    const version = this.dataVersionStmt.get() as number;
    if (version !== this.memoVersion) {
      this.memo.clear();
      this.memoVersion = version;
    }
    if (!this.memo.has(key)) this.memo.set(key, read());
    return this.memo.get(key) as T;
  }

  /** Idempotent: the catalog file is the source of truth and is re-applied at every start. */
  loadCatalog(catalog: CatalogFile): void {
    this.memo.clear();
    this.db.transaction(() => {
      for (const k of catalog.qualityKinds) this.upsertKind.run({ code: k.code, ...k.names });
      for (const a of catalog.applications) {
        const { id } = this.upsertApp.get({
          code: a.code,
          ...a.names,
          dfr: a.descriptions.fr,
          dnl: a.descriptions.nl,
          dde: a.descriptions.de,
          den: a.descriptions.en,
          aliases: JSON.stringify(a.aliases),
          needsFunction: a.collaboratorNeedsFunction ? 1 : 0,
        }) as { id: number };
        for (const kind of a.qualityKinds) this.linkApp.run(id, kind);
      }
      for (const f of catalog.functions) this.upsertFunction.run({ code: f.code, ...f.names, forRole: f.forRole });
    })();
  }

  addEntity(inami: string, name: string, qualities: { kind: string; active: boolean }[], now = Date.now()): Entity {
    this.memo.clear();
    return this.db.transaction(() => {
      const existing = this.entityByInami(inami);
      const id = existing?.id ?? (this.insertEntity.get(inami, name, now) as { id: number }).id;
      for (const q of qualities) this.insertQuality.run(id, q.kind, q.active ? 1 : 0);
      return { id, inami, name: existing?.name ?? name };
    })();
  }

  entityByInami(inami: string): Entity | undefined {
    return this.entityByInamiStmt.get(inami) as Entity | undefined;
  }

  entityById(id: number): Entity | undefined {
    return this.entityByIdStmt.get(id) as Entity | undefined;
  }

  qualityKinds(): { code: string; names: Names }[] {
    return this.remembered('kinds', () => (this.kindsStmt.all() as (NameRow & { code: string })[]).map((r) => ({ code: r.code, names: namesOf(r) })));
  }

  entities(): Entity[] {
    return this.remembered('entities', () => this.entitiesStmt.all() as Entity[]);
  }

  qualitiesOfEntity(entityId: number): Quality[] {
    return (this.qualitiesOfEntityStmt.all(entityId) as QualityRow[]).map(toQuality);
  }

  qualityById(id: number): Quality | undefined {
    const row = this.qualityByIdStmt.get(id) as QualityRow | undefined;
    return row && toQuality(row);
  }

  applicationsForKind(kind: string): Application[] {
    return this.remembered(`apps:${kind}`, () => (this.appsForKindStmt.all(kind) as AppRow[]).map(toApplication));
  }

  applicationByCode(code: string): Application | undefined {
    return this.remembered(`app:${code}`, () => {
      const row = this.appsByCodeStmt.get(code) as AppRow | undefined;
      return row && toApplication(row);
    });
  }

  functions(): FunctionDef[] {
    return this.remembered('functions', () => (this.functionsStmt.all() as FunctionRow[]).map(toFunctionDef));
  }
}

type QualityRow = NameRow & { id: number; entity_id: number; kind: string; active: number };
const toQuality = (r: QualityRow): Quality => ({
  id: r.id,
  entityId: r.entity_id,
  kind: r.kind,
  names: namesOf(r),
  active: r.active === 1,
});

type AppRow = NameRow & { id: number; code: string; aliases: string; collaborator_needs_function: number };
const toApplication = (r: AppRow): Application => ({
  id: r.id,
  code: r.code,
  names: namesOf(r),
  aliases: JSON.parse(r.aliases) as string[],
  collaboratorNeedsFunction: r.collaborator_needs_function === 1,
});

type FunctionRow = NameRow & { code: string; for_role: 'doctor' | 'pharmacist' };
const toFunctionDef = (r: FunctionRow): FunctionDef => ({ code: r.code, names: namesOf(r), forRole: r.for_role });
const APP_SELECT = `SELECT a.id, a.code, a.name_fr, a.name_nl, a.name_de, a.name_en, a.aliases, a.collaborator_needs_function
  FROM applications a`;
const APP_BY_CODE = `${APP_SELECT} WHERE a.code = ?`;
const FUNCTIONS = `SELECT code, name_fr, name_nl, name_de, name_en, for_role FROM functions ORDER BY code`;

/** The catalog reads the due work needs, on the async interface (either engine), with CatalogRepo's statements. */
export const catalogRows = {
  functions: async (tx: Sql): Promise<FunctionDef[]> => (await tx.query<FunctionRow>(FUNCTIONS)).map(toFunctionDef),
  applicationByCode: async (tx: Sql, code: string): Promise<Application | undefined> => {
    const row = await tx.get<AppRow>(APP_BY_CODE, [code]);
    return row && toApplication(row);
  },
};
