import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import { MANIFEST_VERSION } from './manifest';

/**
 * Microsoft's own schema of the manifest version we emit, as `@microsoft/app-manifest` ships it
 * (a devDependency: read from node_modules, never copied, so an upgrade of the package is an
 * upgrade of the check). Offline: nothing is fetched from developer.microsoft.com.
 */
export function schemaFile(version: string = MANIFEST_VERSION): string {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(root, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
}

let compiled: ValidateFunction | undefined;

/** The official schemas are draft-04. strictTypes is off as in the package's own validator: the
 *  schemas put `additionalProperties` beside `$ref` without `type`, which strict mode refuses. */
function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strictTypes: false });
    addFormats(ajv);
    compiled = ajv.compile(JSON.parse(readFileSync(schemaFile(), 'utf8')) as object);
  }
  return compiled;
}

/** What the official schema refuses in `manifest`, one line per problem; empty when Teams would take it. */
export function manifestProblems(manifest: unknown): string[] {
  const validate = validator();
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
