import { viewOf, type GrantSnapshot } from '../../dialogs/grant/grant-access.view';
import type { Catalog, Notice } from '../../src/i18n/grant.catalog';
import { fr } from '../../src/i18n/grant.fr';
import { nl } from '../../src/i18n/grant.nl';
import { de } from '../../src/i18n/grant.de';
import { en } from '../../src/i18n/grant.en';
import type { Locale } from '../../src/domain/locale';
import { JAN_NISS, noticeKeys, walk } from './support/grant-world';

/**
 * Trial 7, F20/N20/D20/E20: an entity where the manager holds no role is refused, and ONE question
 * follows (which of their entities). The person named is looked for once an entity is chosen, not
 * in the same reply ("nobody is called thomas claes", "I need the NISS") as the refusal.
 */
const CATALOGS: Record<Locale, Catalog> = { fr, nl, de, en };
const render = (l: Locale, n: Notice) => (CATALOGS[l][n.key] as (p?: unknown) => string)('params' in n ? n.params : undefined);
const said = (l: Locale, s: GrantSnapshot) => {
  const v = viewOf(s, false);
  return [...v.notices, ...(v.prompt ? [v.prompt.message] : [])].map((n) => render(l, n));
};
const MINE = 'Hôpitaux IRIS Sud (710087-50)';
const THEIRS = 'Clinique Sainte-Anne Saint-Remi (710338-90)';
const CASES: [Locale, string, string[]][] = [
  ['fr', 'donnez ebirth a thomas claes au chu de liège sart tilman', [
    `Vous n'avez pas de rôle dans l'entité CHU de Liège Sart Tilman (710555-20) : je ne peux pas y donner d'accès. Vos entités : ${THEIRS} et ${MINE}.`,
    'Pour quelle entité travaillez-vous ?']],
  ['fr', 'il faut hospisup pour Thomas Claes, CHU de Liège Sart Tilman', [
    `Vous n'avez pas de rôle dans l'entité CHU de Liège Sart Tilman (710555-20) : je ne peux pas y donner d'accès. Vos entités : ${THEIRS} et ${MINE}.`,
    'Pour quelle entité travaillez-vous ?']],
  ['nl', 'geef ebirth aan thomas claes in het chu de liège sart tilman', [
    `U hebt geen rol in de entiteit CHU de Liège Sart Tilman (710555-20): daar kan ik geen toegang geven. Uw entiteiten: ${THEIRS} en ${MINE}.`,
    'Voor welke entiteit werkt u?']],
  ['de', 'ebirth fur thomas claes im chu de liège sart tilman', [
    `Sie haben in der Einrichtung CHU de Liège Sart Tilman (710555-20) keine Rolle: Dort kann ich keinen Zugang erteilen. Ihre Einrichtungen: ${THEIRS} und ${MINE}.`,
    'Für welche Einrichtung arbeiten Sie?']],
  ['en', 'give ebirth to thomas claes at chu de liège sart tilman', [
    `You have no role at CHU de Liège Sart Tilman (710555-20): I cannot grant access there. Your entities: ${THEIRS} and ${MINE}.`,
    'Which entity are you working for?']],
];

describe('an entity without role: the refusal, then one question', () => {
  test.each(CASES)('%s: "%s"', async (l, text, reply) => {
    const run = await walk({}, [[text, 'entity']]);
    expect(said(l, run.last)).toEqual(reply);
    // The person is looked for once one of the manager's entities is chosen: said then, with the NISS asked.
    const after = await run.say('1');
    expect(noticeKeys(after)).toEqual(expect.arrayContaining(['nobodyNamed', 'nissOfNamed']));
    expect(after.context.expecting).toBe('niss');
  });

  it('a user of the manager\'s entities named with the refused entity is found once an entity is chosen', async () => {
    const run = await walk({ named: { 'Jan Peeters': [JAN_NISS] } }, [['donne HospiSup à Jan Peeters au CHU de Liège Sart Tilman', 'entity', ['entityNoRole']]]);
    expect(noticeKeys(run.last)).toEqual(['entityNoRole']);
    const after = await run.say('Hôpitaux IRIS Sud');
    expect(after.context.niss).toBe(JAN_NISS);
    expect(noticeKeys(after)).toContain('personFoundByName');
  });
});
