import { MARIE, describeConversations, inLocale, step, type Conversation } from '../support/conversations';

/**
 * Trial 5, defect B: "retire tous les accès de X", "revoke all access for X" take the person's access away (which
 * ones is asked, with what they hold), never remove the person from the entity. Checked in the replies and the store.
 */
const HOSPISUP = { niss: MARIE, application: 'HOSPISUP' };
const GIVEN = [['donne HospiSup à 85073003328 pour IRIS', 'oui']];
const REMOVAL = ['avec tous ses accès et fonctions', 'met al zijn toegangen', 'mit allen Zugängen', 'with all their access'];
const conversations: Conversation[] = [
  inLocale('fr-BE')({
    name: 'fr: « retire tous les accès de Marie Dupont à IRIS Sud » demande lesquels (la liste en boutons), jamais son retrait ; « annuler » ne retire rien',
    before: GIVEN,
    steps: [{ text: 'retire tous les accès de Marie Dupont à IRIS Sud', slot: 'people.revokeWhich', says: ['Quels accès de Dr Marie Dupont'], never: REMOVAL }, step('annuler', null)],
    grants: [HOSPISUP],
  }),
  inLocale('nl-BE')({
    name: 'nl: „trek alle toegangen van 85073003328 in IRIS Sud in” vraagt welke, nooit een verwijdering',
    before: GIVEN,
    steps: [{ text: 'trek alle toegangen van 85073003328 in IRIS Sud in', slot: 'people.revokeWhich', says: [], never: REMOVAL }, step('annuleren', null)],
    grants: [HOSPISUP],
  }),
  inLocale('de-BE')({
    name: 'de: „entziehe Marie Dupont alle Zugänge in IRIS Sud“ fragt welche, nie eine Entfernung',
    before: GIVEN,
    steps: [{ text: 'entziehe Marie Dupont alle Zugänge in IRIS Sud', slot: 'people.revokeWhich', says: [], never: REMOVAL }, step('abbrechen', null)],
    grants: [HOSPISUP],
  }),
  inLocale('en-GB')({
    name: 'en: "revoke all access for Marie Dupont at IRIS Sud" asks which, then revokes HospiSup; she stays a user',
    before: GIVEN,
    steps: [
      { text: 'revoke all access for Marie Dupont at IRIS Sud', slot: 'people.revokeWhich', says: ['Which access of Dr Marie Dupont'], never: REMOVAL },
      step('HospiSup', 'people.confirm', 'HospiSup'),
      step('yes', null),
    ],
    // The row stays (revoked); the audit says it was taken away, and nobody was removed.
    grants: [HOSPISUP],
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: MARIE, application: 'HOSPISUP' }],
  }),
];

describeConversations('all of someone\'s access taken away is a revocation, never a removal', ['fr', 'nl', 'de', 'en'], conversations, 1);
