import type { Sesame } from '../../src/app';
import { describeConversations, inLocale, JAN, type Conversation, type Lang } from '../support/conversations';

/**
 * Trial 8, defect K, over HTTP. A grant to a person whose removal from the entity is pending keeps them a user, and so
 * cancels the removal: the summary says it before the yes, the result after it, and the store keeps the membership. A
 * removal of a person who is also a manager of the entity (GA) says that they keep that role, and the store keeps it.
 */
const LANGS: Lang[] = ['fr', 'nl', 'de', 'en'];
const LOCALE: Record<Lang, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-GB' };
const YES: Record<Lang, string> = { fr: 'oui', nl: 'ja', de: 'ja', en: 'yes' };
const IRIS = 'Hôpitaux IRIS Sud';
const REMOVE_JAN = [`supprime ${JAN} de IRIS Sud`, 'oui'];

const GRANT: Record<Lang, [text: string, summary: string, done: string]> = {
  fr: [`donne TCT à ${JAN} à IRIS Sud`, `Le retrait de Jan Peeters des ${IRIS} est en attente : cet accès garde Jan Peeters comme utilisateur des ${IRIS}, le retrait sera donc annulé.`,
    `Le retrait de Jan Peeters des ${IRIS} est annulé : Jan Peeters reste utilisateur des ${IRIS}.`],
  nl: [`geef TCT aan ${JAN} in IRIS Sud`, `De verwijdering van Jan Peeters uit ${IRIS} staat gepland: met deze toegang blijft Jan Peeters gebruiker van ${IRIS}, dus de verwijdering wordt geannuleerd.`,
    `De verwijdering van Jan Peeters uit ${IRIS} is geannuleerd: Jan Peeters blijft gebruiker van ${IRIS}.`],
  de: [`gib TCT an ${JAN} in IRIS Sud`, `Die Entfernung von Jan Peeters aus ${IRIS} ist vorgemerkt: Mit diesem Zugang bleibt Jan Peeters Benutzer von ${IRIS}, die Entfernung wird daher aufgehoben.`,
    `Die Entfernung von Jan Peeters aus ${IRIS} ist aufgehoben: Jan Peeters bleibt Benutzer von ${IRIS}.`],
  en: [`give TCT to ${JAN} at IRIS Sud`, `Jan Peeters's removal from ${IRIS} is pending: granting keeps Jan Peeters as a user of ${IRIS}, so the removal will be cancelled.`,
    `Jan Peeters's removal from ${IRIS} is cancelled: Jan Peeters stays a user of ${IRIS}.`],
};
const REMOVE: Record<Lang, [text: string, says: string]> = {
  fr: [`supprime ${JAN} de IRIS Sud`, `Jan Peeters reste gestionnaire d'accès des ${IRIS} : retirer un utilisateur ne lui retire pas ce rôle`],
  nl: [`verwijder ${JAN} uit IRIS Sud`, `Jan Peeters blijft toegangsbeheerder van ${IRIS}: een gebruiker verwijderen neemt die rol niet af`],
  de: [`entferne ${JAN} aus IRIS Sud`, `Jan Peeters bleibt Zugangsverwalter von ${IRIS}: Das Entfernen als Benutzer nimmt diese Rolle nicht weg`],
  en: [`remove ${JAN} from IRIS Sud`, `Jan Peeters stays access manager of ${IRIS}: removing a user does not take that role away`],
};

const janMemberships = (sesame: Sesame) =>
  sesame.store.helpdesk.membershipsInEntities(sesame.store.people.userByNiss(JAN)!.id, sesame.store.catalog.entities().map((e) => e.id));
const irisId = (sesame: Sesame) => sesame.store.catalog.entityByInami('710087-50')!.id;
/** Jan Peeters, a user of IRIS Sud, is also its access manager (a manager of his name). */
const janIsGa = (sesame: Sesame) => {
  sesame.store.people.addRole(sesame.store.people.addManager({ channelUserId: 'jan-peeters-ga', name: 'Jan Peeters' }).id, 'GA', irisId(sesame));
};

const conversations: Conversation[] = LANGS.flatMap((lang) => [
  inLocale(LOCALE[lang])({
    name: `${lang}: a grant to Jan, whose removal from IRIS Sud is pending, says it cancels the removal; the store keeps him`,
    before: [REMOVE_JAN],
    steps: [
      { text: GRANT[lang][0], slot: 'confirm', says: [GRANT[lang][1]] },
      { text: YES[lang], slot: null, says: [GRANT[lang][2]] },
    ],
    grants: [{ niss: JAN, application: 'TCT_WEB' }],
    check: (sesame) => {
      expect(janMemberships(sesame).map((m) => ({ entityId: m.entityId, removeAt: m.removeAt }))).toEqual([{ entityId: irisId(sesame), removeAt: null }]);
      expect(sesame.store.audit.list().filter((a) => a.action === 'keepMembership').map((a) => a.details)).toEqual([expect.objectContaining({ removalCancelled: true })]);
    },
  }),
  inLocale(LOCALE[lang])({
    name: `${lang}: removing Jan, also access manager of IRIS Sud, says he keeps that role; the store keeps it`,
    setup: janIsGa,
    steps: [
      { text: REMOVE[lang][0], slot: 'people.confirm', says: [REMOVE[lang][1]] },
      { text: YES[lang], slot: null },
    ],
    grants: [],
    check: (sesame) => {
      expect(janMemberships(sesame).every((m) => m.removeAt !== null)).toBe(true);
      expect(sesame.store.designations.rolesOfEntity(irisId(sesame)).filter((r) => r.name === 'Jan Peeters').map((r) => r.role)).toEqual(['GA']);
    },
  }),
]);

describeConversations('a pending removal and a manager role, said before the yes: the chat and the store agree', LANGS, conversations, 2);
