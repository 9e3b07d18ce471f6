import { JAN, MARIE, describeConversations, inLocale, stepNever as s, type Conversation } from '../support/conversations';
import type { Sesame } from '../../src/app';

/**
 * Trial 9, Y3, over HTTP, the store checked: "revoke hospisup for marie dupont... wait no, for jan peeters" takes
 * HospiSup away from Jan Peeters, the person named after the correction; Marie Dupont is never shown, and her HospiSup
 * stays active. One audit row: Jan's revocation. A correction that names nothing the message said is said so (asked
 * again), and nothing is written.
 */
const GIVEN = [['donne HospiSup à 85073003328 pour IRIS', 'oui'], ['donne HospiSup à 90041212377 pour IRIS', 'oui']];
const HELD = [{ niss: MARIE, application: 'HOSPISUP' }, { niss: JAN, application: 'HOSPISUP' }];
const NOT_UNDERSTOOD = ['nicht verstanden', 'did not understand'];

/** Jan's HospiSup revoked, Marie's untouched. */
const onlyJanRevoked = (sesame: Sesame): void => {
  const status = (niss: string) => sesame.store.access.listGrants().find((g) => g.niss === niss && g.application === 'HOSPISUP')?.status;
  expect({ marie: status(MARIE), jan: status(JAN) }).toEqual({ marie: expect.not.stringMatching(/revoked/), jan: 'revoked' });
};

const conversations: Conversation[] = [
  inLocale('en-GB')({
    name: 'en: "pls revoke hospisup for marie dupont... wait no, for jan peeters" revokes Jan\'s HospiSup, Marie\'s stays',
    before: GIVEN,
    steps: [
      s('pls revoke hospisup for marie dupont... wait no, for jan peeters', 'people.confirm', ['Jan Peeters', 'HospiSup'], ['Marie Dupont', ...NOT_UNDERSTOOD]),
      s('yes', null, [], ['Marie Dupont']),
    ],
    grants: HELD,
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: JAN, application: 'HOSPISUP' }],
    check: onlyJanRevoked,
  }),
  inLocale('de-BE')({
    name: 'de: „entziehe marie dupont hospisup... äh nein, jan peeters“ entzieht Jan HospiSup, Maries bleibt',
    before: GIVEN,
    steps: [
      s('entziehe marie dupont hospisup... äh nein, jan peeters', 'people.confirm', ['Jan Peeters', 'HospiSup'], ['Marie Dupont', ...NOT_UNDERSTOOD]),
      s('ja', null, [], ['Marie Dupont']),
    ],
    grants: HELD,
    audit: [{ action: 'cancelGrant', outcome: 'ok', niss: JAN, application: 'HOSPISUP' }],
    check: onlyJanRevoked,
  }),
  // The correction names an entity the message did not name: nothing guessed, that is said, nothing written.
  inLocale('en-GB')({
    name: 'en: "revoke hospisup for jan peeters, I mean at iris sud": said, nothing revoked',
    before: GIVEN,
    steps: [s('revoke hospisup for jan peeters, I mean at iris sud', null, ['I cannot tell what your correction replaces, so nothing has changed.'], ['Shall I confirm', 'did not understand'])],
    grants: HELD,
    audit: [],
  }),
  inLocale('de-BE')({
    name: 'de: „entziehe jan peeters hospisup, ich meine in iris sud“: gesagt, nichts entzogen',
    before: GIVEN,
    steps: [s('entziehe jan peeters hospisup, ich meine in iris sud', null, ['Ich sehe nicht, was Ihre Korrektur ersetzt: Es wurde nichts geändert.'], ['Soll ich', 'nicht verstanden'])],
    grants: HELD,
    audit: [],
  }),
];

describeConversations('a correction inside the message names the person acted for', ['en', 'de'], conversations, 1);
