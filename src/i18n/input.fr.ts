import type { InputCatalog } from './input.catalog';
import { countOf, formatNumber, quotedList } from './format';

const L = 'fr';

export const inputFr: InputCatalog = {
  textTooLong: ({ length, max }) =>
    `Votre message est trop long (${formatNumber(length, L)} caractères, ${formatNumber(max, L)} au plus) : je ne l'ai pas lu. Envoyez-le en plusieurs fois, ou seulement ce qui répond à ma question.`,
  tooManyAttachments: ({ count, max }) =>
    `Votre message a trop de pièces jointes (${formatNumber(count, L)}, ${formatNumber(max, L)} au plus) : je ne l'ai pas lu. Envoyez-les en plusieurs messages.`,
  attachmentsNotAccepted: () =>
    `Je ne reçois pas de fichier dans cette conversation : je n'ai pas lu ce message. Collez plutôt les numéros nationaux dans le message, un par ligne.`,
  attachmentNotRead: ({ names, more }) =>
    `Je ne sais pas lire ${quotedList(names, more, L, (k) => countOf(k, L, 'autre fichier', 'autres fichiers'))} : je ne lis que des fichiers CSV ou texte envoyés avec le message (une colonne de numéros nationaux). Je n'ai pas lu ce message : renvoyez-le sans ce fichier, ou collez les numéros nationaux dans le message.`,
  tooManyEntities: ({ count, max }) =>
    `Votre message contient trop de mentions ou d'éléments (${formatNumber(count, L)}, ${formatNumber(max, L)} au plus) : je ne l'ai pas lu. Renvoyez-le avec moins de mentions.`,
  unreadableValue: () => `Je n'ai pas pu lire ce que la carte a envoyé : ce clic n'a rien changé. Répondez en écrivant, ou utilisez la dernière carte que j'ai envoyée.`,
  empty: () => `Votre message est vide : je n'ai rien reçu à lire.`,
  requestKept: () => `Votre demande en cours n'a pas changé.`,
  whatToWrite: () => `Écrivez-moi ce que vous voulez faire, par exemple « donne HospiSup à 80.05.15-123.75 », ou « aide ».`,
};
