import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { teamsDir, writeTeamsPackage } from '../../src/teams/package';
import { MANIFEST_VERSION } from '../../src/teams/manifest';
import { manifestProblems, schemaFile } from '../../src/teams/manifest-schema';
import { colorIcon, outlineIcon } from '../../scripts/teams-icons';
import { decodePng } from '../support/png';
import { readZip } from '../support/zip';
import { tempDir } from '../support/harness';

const ENV = {
  MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
  SESAME_PUBLIC_HOST: 'sesame.hopitaux-iris-sud.be',
};

const valid = (manifest: unknown) => manifestProblems(manifest).length === 0;

describe('npm run teams:package', () => {
  let tmp: ReturnType<typeof tempDir>;
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => tmp.cleanup());

  const build = async (env: Record<string, string> = ENV) => {
    const output = join(tmp.dir, 'sesame.zip');
    await writeTeamsPackage(env, output);
    return readZip(readFileSync(output));
  };

  it('holds exactly manifest.json and the two icons', async () => {
    const entries = await build();
    expect([...entries.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it(`writes a manifest Microsoft's schema ${MANIFEST_VERSION} accepts, from the environment`, async () => {
    const manifest = JSON.parse((await build()).get('manifest.json')!.toString('utf8')) as Record<string, any>;
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
      manifestVersion: MANIFEST_VERSION,
      id: ENV.MicrosoftAppId,
      version: '0.1.0',
      name: { short: 'Sésame' },
      validDomains: ['sesame.hopitaux-iris-sud.be'],
      developer: { websiteUrl: 'https://sesame.hopitaux-iris-sud.be/' },
      bots: [{ botId: ENV.MicrosoftAppId, scopes: ['personal', 'team', 'groupChat'], supportsFiles: true }],
      icons: { color: 'color.png', outline: 'outline.png' },
    });
  });

  it('takes the optional settings, and the result is still valid', async () => {
    const manifest = JSON.parse(
      (
        await build({
          ...ENV,
          MicrosoftAppId: 'AAAAAAAA-2222-3333-4444-555555555555',
          SESAME_TEAMS_APP_ID: '99999999-8888-7777-6666-555555555555',
          SESAME_TEAMS_NAME: 'Sésame IRIS Sud',
          SESAME_TEAMS_VERSION: '1.4.2',
          SESAME_DEVELOPER_NAME: 'Hôpitaux IRIS Sud',
          SESAME_PRIVACY_URL: 'https://www.his-izz.be/vie-privee',
        })
      ).get('manifest.json')!.toString('utf8'),
    ) as Record<string, any>;
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest).toMatchObject({
      id: '99999999-8888-7777-6666-555555555555',
      version: '1.4.2',
      name: { short: 'Sésame IRIS Sud' },
      developer: { name: 'Hôpitaux IRIS Sud', privacyUrl: 'https://www.his-izz.be/vie-privee' },
      bots: [{ botId: 'aaaaaaaa-2222-3333-4444-555555555555' }],
    });
  });

  it('names every missing or wrong setting', async () => {
    await expect(build({})).rejects.toThrow(/MicrosoftAppId: .*SESAME_PUBLIC_HOST/);
    await expect(build({ ...ENV, SESAME_PUBLIC_HOST: 'https://sesame.example.be/api' })).rejects.toThrow(/SESAME_PUBLIC_HOST: a host name/);
    await expect(build({ ...ENV, SESAME_PRIVACY_URL: 'http://insecure.example.be' })).rejects.toThrow(/SESAME_PRIVACY_URL/);
    await expect(build({ ...ENV, SESAME_TEAMS_NAME: 'x'.repeat(31) })).rejects.toThrow(/SESAME_TEAMS_NAME/);
  });

  it('ships a colour icon of 192×192 and a transparent white outline icon of 32×32', async () => {
    const entries = await build();
    const color = decodePng(entries.get('color.png')!);
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = decodePng(entries.get('outline.png')!);
    expect([outline.width, outline.height, outline.colorType]).toEqual([32, 32, 6]);
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = outline.pixels.subarray(i, i + 4);
      if (a === 0) transparent++;
      else {
        drawn++;
        expect([r, g, b]).toEqual([255, 255, 255]); // Teams: white on transparent
      }
    }
    expect(transparent).toBeGreaterThan(32 * 32 / 2);
    expect(drawn).toBeGreaterThan(0);
    // The corners of the outline are see-through.
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]] as const) expect(outline.pixels[(y * 32 + x) * 4 + 3]).toBe(0);
  });

  it('ships the icons the committed script draws', () => {
    expect(readFileSync(join(teamsDir, 'color.png')).equals(colorIcon())).toBe(true);
    expect(readFileSync(join(teamsDir, 'outline.png')).equals(outlineIcon())).toBe(true);
  });

  it('reads the schema from @microsoft/app-manifest, not from a copy', () => {
    expect(schemaFile()).toContain(join('node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`));
    expect(existsSync(schemaFile())).toBe(true);
    expect(existsSync(join(teamsDir, 'manifest.schema.json'))).toBe(false);
  });

  it('refuses, with the same schema, what Teams would refuse', () => {
    const base = { manifestVersion: MANIFEST_VERSION, version: '1.0.0', id: ENV.MicrosoftAppId, accentColor: '#0B5CAD',
      developer: { name: 'X', websiteUrl: 'https://x.be', privacyUrl: 'https://x.be', termsOfUseUrl: 'https://x.be' },
      name: { short: 'X' }, description: { short: 'x', full: 'x' }, icons: { color: 'color.png', outline: 'outline.png' } };
    expect(manifestProblems(base)).toEqual([]);
    expect(valid({ ...base, id: 'not-a-guid' })).toBe(false);
    expect(valid({ ...base, manifestVersion: '1.17' })).toBe(false);
    // Microsoft's schema takes an http privacy address, any version text and any validDomains text:
    // packageSettings refuses those itself (test above).
    expect(valid({ ...base, description: { short: 'x'.repeat(81), full: 'x' } })).toBe(false);
    expect(valid({ ...base, bots: [{ botId: ENV.MicrosoftAppId, scopes: ['personal'], supportsFiles: 'yes' }] })).toBe(false);
    expect(valid({ ...base, name: { short: 'x'.repeat(31) } })).toBe(false);
    expect(valid({ ...base, bots: [{ botId: ENV.MicrosoftAppId, scopes: ['everywhere'] }] })).toBe(false);
    expect(valid({ ...base, unknownField: true })).toBe(false);
    expect(manifestProblems({ ...base, accentColor: 'blue' })).toEqual([expect.stringMatching(/^\/accentColor must match pattern/)]);
  });
});
