import { fr } from '../../src/i18n/grant.fr';
import { nl } from '../../src/i18n/grant.nl';
import { de } from '../../src/i18n/grant.de';
import { en } from '../../src/i18n/grant.en';
import type { Summary } from '../../src/i18n/grant.catalog';

/** What the summary and the done message say when nothing changes, or when the person belongs to another entity, in the four languages. */
const CATALOGS = { fr, nl, de, en };
const names = (s: string) => ({ fr: s, nl: s, de: s, en: s });
const AT = Date.UTC(2026, 10, 23, 9, 20);
const PROMISE = { fr: 'Je vous préviendrai', nl: 'Ik laat het u', de: 'Ich benachrichtige Sie', en: 'I will let you know' };
const HELD = { fr: 'Déjà détenue, rien ne change : HospiSup', nl: 'Al in bezit, er verandert niets: HospiSup', de: 'Bereits vorhanden, es ändert sich nichts: HospiSup', en: 'Already held, nothing changes: HospiSup' };

const summary = (elsewhere: boolean): Summary => ({
  entity: 'Hôpitaux IRIS Sud', inami: '710087-50', quality: names('Prestataire de soins : hôpital'), activateQuality: false,
  person: { name: elsewhere ? 'NISS 78.11.03-246.21' : 'Dr Marie Dupont', username: elsewhere ? '' : 'mdupont', isNew: false, email: null, language: null, elsewhere },
  applications: [names('HospiSup'), names('eBirth')], alreadyHeld: [names('HospiSup')], role: null, fn: null, activationDelayMs: 1_200_000,
});

describe.each(Object.entries(CATALOGS))('%s', (lang, m) => {
  const l = lang as keyof typeof PROMISE;
  it('promises a notice when something will become active', () => {
    expect(m.grantDone({ person: 'X', replayed: false, grants: [{ names: names('eBirth'), activeAt: AT, alreadyHeld: false }], fn: null })).toContain(PROMISE[l]);
  });
  it('promises none when everything was already held, or already recorded', () => {
    expect(m.grantDone({ person: 'X', replayed: false, grants: [{ names: names('HospiSup'), activeAt: AT, alreadyHeld: true }], fn: null })).not.toContain(PROMISE[l]);
    expect(m.grantDone({ person: 'X', replayed: true, grants: [{ names: names('HospiSup'), activeAt: AT, alreadyHeld: false }], fn: null })).not.toContain(PROMISE[l]);
  });
  it('says on the summary what is already held', () => expect(m.askConfirm(summary(false))).toContain(HELD[l]));
  it('shows a user of another entity by NISS, without a username', () => {
    const text = m.askConfirm(summary(true));
    expect(text).toContain('NISS 78.11.03-246.21');
    expect(text).not.toContain('()');
    expect(text).toContain('Hôpitaux IRIS Sud');
  });
  it('names the candidates of an unknown application, or says how to name one', () => {
    expect(m.applicationsUnknown({ texts: ['colindoz'], candidates: [names('Colindos')] })).toContain('Colindos');
    expect(m.applicationsUnknown({ texts: ['xyzzy'], candidates: [] })).toContain('xyzzy');
  });
  it('says where an application of another qualité is, or whom to ask', () => {
    const there = m.applicationNotInQuality({ applications: [names('HospiSup')], quality: names('INAMI'), elsewhere: [names('hôpital')] });
    const none = m.applicationNotInQuality({ applications: [names('HospiSup')], quality: names('INAMI'), elsewhere: [] });
    expect(there).toContain('hôpital');
    expect(none).toMatch(/RAE|VTE|VZE/);
  });
});
