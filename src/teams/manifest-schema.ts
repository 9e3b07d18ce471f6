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
export function schemaFile(version: string = MANIFEST_VERSION, name = 'MicrosoftTeams.schema.json'): string {
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return join(root, 'build', 'json-schemas', 'teams', `v${version}`, name);
}

/** The schema of a localization file (one language's texts), shipped beside the manifest's. */
export const localizationSchemaFile = (version: string = MANIFEST_VERSION): string => schemaFile(version, 'MicrosoftTeams.Localization.schema.json');

const compiled = new Map<string, ValidateFunction>();

/** The official schemas are draft-04. strictTypes is off as in the package's own validator: the
 *  schemas put `additionalProperties` beside `$ref` without `type`, which strict mode refuses. */
function validator(file: string, unicodeRegExp = true): ValidateFunction {
  let validate = compiled.get(file);
  if (!validate) {
    const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
    compiled.set(file, validate);
  }
  return validate;
}

function problems(file: string, value: unknown, unicodeRegExp = true): string[] {
  const validate = validator(file, unicodeRegExp);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** What the official schema refuses in `manifest`, one line per problem; empty when Teams would take it. */
export const manifestProblems = (manifest: unknown): string[] => problems(schemaFile(), manifest);

/**
 * What the official localization schema refuses in one language's file (a text too long, a key it
 * does not know). Its patterns are read as plain JavaScript regular expressions, without the `u`
 * flag Ajv adds by default: one of them ("activityTypes[\b…\b]") has a lone "]", which only the
 * unicode mode refuses; a regular expression without it reads that "]" as itself.
 */
export const localizationProblems = (content: unknown): string[] => problems(localizationSchemaFile(), content, false);
