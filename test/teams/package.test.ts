import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { teamsDir, writeTeamsPackage } from '../../src/teams/package';
import { ADDITIONAL_LANGUAGES, MANIFEST_VERSION } from '../../src/teams/manifest';
import { localizationProblems, localizationSchemaFile, manifestProblems, schemaFile } from '../../src/teams/manifest-schema';
import { commandOf } from '../../dialogs/understanding/understand';
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

  it('holds exactly manifest.json, its Dutch, German and English texts, and the two icons', async () => {
    const entries = await build();
    expect([...entries.keys()].sort()).toEqual(['color.png', 'de.json', 'en.json', 'manifest.json', 'nl.json', 'outline.png']);
  });

  describe('in four languages', () => {
    const read = (entries: Map<string, Buffer>, file: string) => JSON.parse(entries.get(file)!.toString('utf8')) as Record<string, any>;
    const COMMAND_KEYS = [0, 1, 2].flatMap((i) => [`bots[0].commandLists[0].commands[${i}].title`, `bots[0].commandLists[0].commands[${i}].description`]);

    it('the manifest names French as its language and a file for each other one, every file in the zip', async () => {
      const entries = await build();
      const manifest = read(entries, 'manifest.json');
      expect(manifest.localizationInfo).toEqual({
        defaultLanguageTag: 'fr-be',
        additionalLanguages: [{ languageTag: 'nl', file: 'nl.json' }, { languageTag: 'de', file: 'de.json' }, { languageTag: 'en', file: 'en.json' }],
      });
      for (const { file } of manifest.localizationInfo.additionalLanguages as { file: string }[]) expect(entries.has(file)).toBe(true);
    });

    it.each(ADDITIONAL_LANGUAGES.map((l) => [l.file]))(`%s passes Microsoft's localization schema ${MANIFEST_VERSION} and holds every text of the manifest`, async (file) => {
      const texts = read(await build(), file);
      expect(localizationProblems(texts)).toEqual([]);
      expect(texts.$schema).toBe(`https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`);
      expect(Object.keys(texts).sort()).toEqual(['$schema', 'description.full', 'description.short', 'name.full', 'name.short', ...COMMAND_KEYS].sort());
      expect(texts['name.short']).toBe('Sésame');
    });

    it('each language reads as itself, not as French left untranslated', async () => {
      const entries = await build();
      const manifest = read(entries, 'manifest.json');
      const [nl, de, en] = ['nl.json', 'de.json', 'en.json'].map((f) => read(entries, f));
      expect(manifest.name.full).toBe('Sésame – accès aux applications sécurisées de la sécurité sociale');
      expect(nl!['name.full']).toBe('Sésame – toegang tot de beveiligde toepassingen van de sociale zekerheid');
      expect(de!['name.full']).toBe('Sésame – Zugang zu den gesicherten Anwendungen der sozialen Sicherheit');
      expect(en!['name.full']).toBe('Sésame – access to the secured social security applications');
      expect(nl!['description.short']).toBe('Toegang geven tot de toepassingen van de sociale zekerheid in één gesprek.');
      expect(de!['description.short']).toBe('Zugang zu den Anwendungen der sozialen Sicherheit in einem Gespräch geben.');
      expect(en!['description.short']).toBe('Grant access to the social security applications in one conversation.');
      expect(nl!['description.full']).toContain('Vermeld het in een groep met @Sésame: zodra er persoonsgegevens nodig zijn');
      expect(de!['description.full']).toContain('In einer Gruppe erwähnen Sie es mit @Sésame: Sobald persönliche Daten nötig sind');
      expect(en!['description.full']).toContain('In a group, mention it with @Sésame: as soon as personal data is needed');
      const titles = (t: Record<string, string>) => [0, 1, 2].map((i) => t[`bots[0].commandLists[0].commands[${i}].title`]);
      expect(manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title)).toEqual(['bonjour', 'aide', 'annuler']);
      expect([titles(nl!), titles(de!), titles(en!)]).toEqual([['hallo', 'help', 'annuleren'], ['hallo', 'Hilfe', 'abbrechen'], ['hello', 'help', 'cancel']]);
      expect(de!['bots[0].commandLists[0].commands[2].description']).toBe('Alles abbrechen: Es wird nichts gespeichert');
    });

    it('a command picked in the menu is sent as its title: Sésame reads each title as that command', async () => {
      const entries = await build();
      const manifest = read(entries, 'manifest.json');
      const all = [manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title) as string[]];
      for (const file of ['nl.json', 'de.json', 'en.json']) {
        const t = read(entries, file);
        all.push([0, 1, 2].map((i) => t[`bots[0].commandLists[0].commands[${i}].title`] as string));
      }
      for (const [, help, cancel] of all) {
        expect(commandOf(help!)).toBe('help');
        expect(commandOf(cancel!)).toBe('cancel');
      }
    });

    it('a name of 30 characters (the longest SESAME_TEAMS_NAME takes) still fits every full name', async () => {
      const entries = await build({ ...ENV, SESAME_TEAMS_NAME: 'Sésame Hôpitaux IRIS Sud Brux.' });
      expect(manifestProblems(read(entries, 'manifest.json'))).toEqual([]);
      for (const file of ['nl.json', 'de.json', 'en.json']) expect(localizationProblems(read(entries, file))).toEqual([]);
      expect(read(entries, 'de.json')['name.short']).toBe('Sésame Hôpitaux IRIS Sud Brux.');
    });

    it('the localization schema, read from @microsoft/app-manifest, refuses what Teams would refuse', () => {
      expect(localizationSchemaFile()).toContain(join('node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams', `v${MANIFEST_VERSION}`, 'MicrosoftTeams.Localization.schema.json'));
      const ok = { 'name.short': 'Sésame', 'description.short': 'x', 'description.full': 'x' };
      expect(localizationProblems({ 'name.short': 'Sésame', 'description.short': 'x' })).toEqual([expect.stringMatching(/description.full/)]);
      expect(localizationProblems(ok)).toEqual([]);
      expect(localizationProblems({ ...ok, 'description.short': 'x'.repeat(81) })).not.toEqual([]);
      expect(localizationProblems({ ...ok, 'name.short': 'x'.repeat(31) })).not.toEqual([]);
      expect(localizationProblems({ ...ok, 'bots[0].commandLists[3].commands[0].title': 'x' })).not.toEqual([]);
      expect(localizationProblems({ ...ok, 'name.medium': 'x' })).not.toEqual([]);
    });
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
