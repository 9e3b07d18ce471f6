#!/usr/bin/env node
/**
 * `npm run teams:package`: builds teams/sesame.zip (manifest.json, its nl/de/en texts, color.png, outline.png), the
 * app package to upload in Teams (Apps → Manage your apps → Upload an app) or in the Teams admin
 * center. Settings come from the environment: see README, "Deploy to Teams".
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { projectRoot } from '../paths';
import { buildLocalizations, buildManifest, packageSettings } from './manifest';
import { localizationProblems, manifestProblems } from './manifest-schema';

export const teamsDir = join(projectRoot, 'teams');

/** Fixed dates inside the zip: the same settings give the same bytes. */
const MTIME = new Date(Date.UTC(2026, 0, 1));

export async function writeTeamsPackage(env: NodeJS.ProcessEnv, output = join(teamsDir, 'sesame.zip')): Promise<{ output: string; manifest: Record<string, unknown> }> {
  const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const settings = packageSettings(env, version);
  const manifest = buildManifest(settings);
  const localizations = buildLocalizations(settings);
  // A package Teams would refuse at upload is not written: the problems are named here instead.
  const problems = [
    ...manifestProblems(manifest),
    ...localizations.flatMap(({ file, content }) => localizationProblems(content).map((p) => `${file}: ${p}`)),
  ];
  if (problems.length > 0) throw new Error(`the Teams manifest does not pass Microsoft's schema:\n  ${problems.join('\n  ')}`);
  const zip = new ZipFile();
  const json = (value: unknown) => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);
  zip.addBuffer(json(manifest), 'manifest.json', { mtime: MTIME });
  for (const { file, content } of localizations) zip.addBuffer(json(content), file, { mtime: MTIME });
  for (const icon of ['color.png', 'outline.png']) zip.addBuffer(readFileSync(join(teamsDir, icon)), icon, { mtime: MTIME });
  zip.end();
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(output);
    out.on('close', () => resolve());
    out.on('error', reject);
    zip.outputStream.on('error', reject);
    zip.outputStream.pipe(out);
  });
  return { output, manifest };
}

if (require.main === module) {
  writeTeamsPackage(process.env, process.argv[2]).then(
    ({ output, manifest }) => {
      const bot = (manifest.bots as { botId: string }[])[0]!;
      console.log(`Teams package written: ${output}\n  app id ${String(manifest.id)}, bot ${bot.botId}, version ${String(manifest.version)}, valid domains ${JSON.stringify(manifest.validDomains)}`);
    },
    (err: Error) => {
      console.error(err.message);
      process.exitCode = 1;
    },
  );
}
