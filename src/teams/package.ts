#!/usr/bin/env node
/**
 * `npm run teams:package`: builds teams/sesame.zip (manifest.json, color.png, outline.png), the
 * app package to upload in Teams (Apps → Manage your apps → Upload an app) or in the Teams admin
 * center. Settings come from the environment: see README, "Deploy to Teams".
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZipFile } from 'yazl';
import { projectRoot } from '../paths';
import { buildManifest, packageSettings } from './manifest';
import { manifestProblems } from './manifest-schema';

export const teamsDir = join(projectRoot, 'teams');

/** Fixed dates inside the zip: the same settings give the same bytes. */
const MTIME = new Date(Date.UTC(2026, 0, 1));

export async function writeTeamsPackage(env: NodeJS.ProcessEnv, output = join(teamsDir, 'sesame.zip')): Promise<{ output: string; manifest: Record<string, unknown> }> {
  const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const manifest = buildManifest(packageSettings(env, version));
  // A package Teams would refuse at upload is not written: the problems are named here instead.
  const problems = manifestProblems(manifest);
  if (problems.length > 0) throw new Error(`the Teams manifest does not pass Microsoft's schema:\n  ${problems.join('\n  ')}`);
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`), 'manifest.json', { mtime: MTIME });
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
