import type { Store } from '../../src/store/store';
import { diagnose, diagnosisNotice, type Diagnosis } from '../../src/services/diagnose.service';
import { CATALOGS, say } from '../../src/i18n/say';
import { ForbiddenError } from '../../src/domain/authorization';
import { LOCALES } from '../../src/domain/locale';
import { brusselsMidnight } from '../../src/domain/dates';
import { appNames, DELAY, demoStore, fnNames, NOW } from '../store/fixtures';
import { addManager, grant, lookUp, type Ids } from '../store/people-fixtures';
import { servicesOf } from '../../src/services';

let store: Store;
let ids: Ids;
beforeEach(async () => {
  store = demoStore();
  ids = lookUp(store);
});
afterEach(() => store.close());

const ask = (niss: string, application: string, entityId = ids.entityA, now = NOW + DELAY) =>
  diagnose(store, ids.helpdesk, { niss, application, entityId }, now);

const MARIE = '85073003328';
const JAN = '90041212377';

describe('why can\'t NISS open APP, in order', () => {
  it('an invalid NISS', async () => expect(await ask('85073003329', 'HospiSup')).toEqual({ kind: 'invalidNiss' }));

  it('an unknown application', async () => expect(await ask(MARIE, 'Facebook')).toEqual({ kind: 'unknownApplication', text: 'Facebook' }));

  it('an unknown NISS', async () => expect(await ask('75010112371', 'hospisup')).toEqual({ kind: 'unknownNiss', niss: '75.01.01-123.71' }));

  it('a user of another entity', async () =>
    expect(await ask('78110324621', 'HOSPISUP')).toEqual({ kind: 'notInEntity', person: 'Apr. Els Janssens', entity: 'Hôpitaux IRIS Sud' }));

  it('no grant', async () => expect(await ask(MARIE, 'HospiSup')).toEqual({ kind: 'noGrant', person: 'Dr Marie Dupont', application: appNames('HOSPISUP'), revokedAt: null }));

  it('a grant revoked', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie } });
    await servicesOf(store).revocations.execute({ idempotencyKey: 'r', managerId: ids.coRae, conversationId: null, userId: ids.marie, kind: 'revokeApplications', qualityId: ids.hospitalA, applicationCodes: ['HOSPISUP'] }, NOW + 1);
    expect(await ask(MARIE, 'HOSPISUP')).toMatchObject({ kind: 'noGrant', revokedAt: NOW + 1 });
  });

  it('a grant pending, active at hh:mm', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie } });
    const d = await ask(MARIE, 'hospisup', ids.entityA, NOW + 60_000);
    expect(d).toEqual({ kind: 'grantPending', person: 'Dr Marie Dupont', application: appNames('HOSPISUP'), activeAt: NOW + DELAY });
    expect(say('people', diagnosisNotice(d), 'fr')).toMatch(/sera actif le \d\d\/\d\d\/\d{4} à 10:20\.$/);
  });

  it('a collaborator whose function has not started', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    expect(await ask(JAN, 'Colindos')).toEqual({
      kind: 'functionNotStarted', person: 'Jan Peeters', application: appNames('COLINDOS'), fn: fnNames('COLLAB_SPECIALIST'),
      startDate: '2026-03-20', activeAt: brusselsMidnight('2026-03-20').getTime(),
    });
  });

  it('a collaborator whose function has ended', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.jan }, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-10', endDate: null } });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    await servicesOf(store).revocations.execute({ idempotencyKey: 'e', managerId: ids.coRae, conversationId: null, userId: ids.jan, kind: 'endFunction', qualityId: ids.hospitalA, functionCode: 'COLLAB_SPECIALIST', endDate: '2026-03-12' }, NOW + DELAY);
    const end = brusselsMidnight('2026-03-12').getTime();
    servicesOf(store).deactivation.applyDue(end);
    // Its last day was 11 March: from the store's end date, 12 March at midnight, it is no longer held.
    expect(await ask(JAN, 'COLINDOS', ids.entityA, end)).toMatchObject({ kind: 'functionEnded', endDate: '2026-03-11' });
  });

  it('the qualité not activated', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.careA, activateQuality: true, user: { existingUserId: ids.marie }, applicationCodes: ['CHAPTER_IV'] });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    // Deactivated afterwards (by the portal, say): the grant is there, the qualité is not.
    store.db.prepare(`UPDATE qualities SET active = 0 WHERE id = ?`).run(ids.careA);
    expect(await ask(MARIE, 'chapter iv')).toMatchObject({ kind: 'qualityInactive', quality: { fr: 'Soins de santé (INAMI)' } });
  });

  it('invited, password not set: invitation not sent yet, then open, then expired', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalB, user: { existingUserId: ids.lucas }, applicationCodes: ['EBIRTH'] });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    const LUCAS = '01091504506';
    expect(await ask(LUCAS, 'eBirth', ids.entityB)).toMatchObject({ kind: 'passwordNotSet', invitation: 'notSent' });
    const item = store.invitations.due(Number.MAX_SAFE_INTEGER)[0]!;
    servicesOf(store).invitations.issueToken(ids.lucas, 72 * 3_600_000, NOW + DELAY);
    store.invitations.markSent(item.id, NOW + DELAY);
    expect(await ask(LUCAS, 'eBirth', ids.entityB)).toMatchObject({ kind: 'passwordNotSet', invitation: 'open' });
    expect(await ask(LUCAS, 'eBirth', ids.entityB, NOW + DELAY + 73 * 3_600_000)).toMatchObject({ kind: 'passwordNotSet', invitation: 'expired' });
  });

  it('invited, with the access still to become active: the password not chosen is said first, then when the access starts (trial 8)', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalB, user: { existingUserId: ids.lucas }, applicationCodes: ['EBIRTH'] });
    const d = await ask('01091504506', 'eBirth', ids.entityB, NOW + 60_000);
    expect(d).toEqual({ kind: 'passwordNotSet', person: 'Lucas Mertens', invitation: 'notSent', access: { application: appNames('EBIRTH'), activeAt: NOW + DELAY } });
    const said = Object.fromEntries(LOCALES.map((l) => [l, say('people', diagnosisNotice(d), l)]));
    expect(said.fr).toMatch(/^Lucas Mertens n'a pas encore choisi son mot de passe\. .* L'accès de Lucas Mertens à eBirth sera actif le .*10:20, mais il faut d'abord choisir ce mot de passe\.$/);
    expect(said.nl).toMatch(/^Lucas Mertens heeft nog geen wachtwoord gekozen\. .* wordt actief op .*10:20, maar eerst moet dat wachtwoord gekozen zijn\.$/);
    expect(said.de).toMatch(/^Lucas Mertens hat noch kein Passwort gewählt\. .* wird am .*10:20 aktiv, doch vorher muss das Passwort gewählt sein\.$/);
    expect(said.en).toMatch(/^Lucas Mertens has not chosen a password yet\. .* becomes active on .*10:20, but the password must be chosen first\.$/);
  });

  it('invited, with a function still to start: the password is said too', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalB, user: { existingUserId: ids.lucas }, applicationCodes: ['COLINDOS'], fn: { code: 'COLLAB_SPECIALIST', startDate: '2026-03-20', endDate: null } });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    expect(await ask('01091504506', 'Colindos', ids.entityB)).toMatchObject({ kind: 'passwordNotSet', access: { application: appNames('COLINDOS'), activeAt: brusselsMidnight('2026-03-20').getTime() } });
  });

  it('a disabled account', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.pieter } });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    expect(await ask('69060808797', 'HOSPISUP')).toEqual({ kind: 'userDisabled', person: 'Dr Pieter De Smet' });
  });

  it('everything in place, but an application that needs a function for collaborators and none held: said last', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie }, applicationCodes: ['COLINDOS'] });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    expect(await ask(MARIE, 'COLINDOS')).toMatchObject({ kind: 'functionMaybeMissing', person: 'Dr Marie Dupont' });
  });

  it('everything in place', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie } });
    servicesOf(store).activation.activateDue(NOW + DELAY);
    expect(await ask(MARIE, 'HospiSup')).toEqual({ kind: 'ok', person: 'Dr Marie Dupont', application: appNames('HOSPISUP'), activeSince: NOW + DELAY, endsAt: null });
  });
});

describe('who may ask', () => {
  it('a GA limited to a qualité sees only that qualité; a manager of another entity is refused', async () => {
    await grant(store, { managerId: ids.coRae, qualityId: ids.hospitalA, user: { existingUserId: ids.marie } });
    const gaCare = addManager(store, 'ga-care', [['GA', ids.entityA, ids.careA]]);
    expect((await diagnose(store, gaCare, { niss: MARIE, application: 'HOSPISUP', entityId: ids.entityA }, NOW)).kind).toBe('notInEntity');
    const raeB = addManager(store, 'rae-b', [['RAE', ids.entityB]]);
    await expect(diagnose(store, raeB, { niss: MARIE, application: 'HOSPISUP', entityId: ids.entityA }, NOW)).rejects.toThrow(ForbiddenError);
  });
});

describe('messages', () => {
  const samples: Diagnosis[] = [
    { kind: 'invalidNiss' },
    { kind: 'unknownApplication', text: 'X' },
    { kind: 'unknownNiss', niss: '75.01.01-123.71' },
    { kind: 'notInEntity', person: 'P', entity: 'E' },
    { kind: 'noGrant', person: 'P', application: appNames('HOSPISUP'), revokedAt: null },
    { kind: 'noGrant', person: 'P', application: appNames('HOSPISUP'), revokedAt: NOW },
    { kind: 'grantPending', person: 'P', application: appNames('HOSPISUP'), activeAt: NOW },
    { kind: 'functionNotStarted', person: 'P', application: appNames('COLINDOS'), fn: fnNames('COLLAB_SPECIALIST'), startDate: '2026-03-20', activeAt: NOW },
    { kind: 'functionEnded', person: 'P', application: appNames('COLINDOS'), fn: fnNames('COLLAB_SPECIALIST'), endDate: '2026-03-20' },
    { kind: 'qualityInactive', person: 'P', quality: { fr: 'q', nl: 'q', de: 'q', en: 'q' } },
    { kind: 'passwordNotSet', person: 'P', invitation: 'open' },
    { kind: 'passwordNotSet', person: 'P', invitation: 'expired', access: { application: appNames('EBIRTH'), activeAt: NOW } },
    { kind: 'userDisabled', person: 'P' },
    { kind: 'functionMaybeMissing', person: 'P', application: appNames('COLINDOS') },
    { kind: 'ok', person: 'P', application: appNames('HOSPISUP'), activeSince: NOW, endsAt: NOW },
  ];
  it.each(LOCALES)('every branch has a sentence in %s, with the application in that language', (locale) => {
    for (const d of samples) {
      const text = say('people', diagnosisNotice(d), locale);
      expect(text.length).toBeGreaterThan(10);
      if ('application' in d) expect(text).toContain(d.application[locale]);
    }
    expect(Object.keys(CATALOGS.people[locale]).sort()).toEqual(Object.keys(CATALOGS.people.fr).sort());
  });
});
