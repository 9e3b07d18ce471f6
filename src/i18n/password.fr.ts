import type { PasswordCatalog } from './password.catalog';
import { PASSWORD_MIN } from '../domain/password';

export const passwordFr: PasswordCatalog = {
  passwordTitle: () => 'Choisissez votre mot de passe',
  passwordIntro: ({ firstName, username }) => `Bonjour ${firstName}, votre nom d'utilisateur est ${username}. Choisissez votre mot de passe.`,
  passwordRules: () =>
    `Au moins ${PASSWORD_MIN} caractères ; au moins une lettre et un chiffre ou un symbole ; pas votre nom d'utilisateur, nom ou prénom, ni le nom de votre hôpital ou d'une application ; pas quatre fois le même caractère de suite ; difficile à deviner : pas un mot de passe courant, une suite de touches du clavier, une année, un nom de lieu suivi de chiffres ou une répétition. Une phrase de quelques mots qui ne parlent pas de vous convient bien. Tapez-le deux fois.`,
  passwordLabel: () => 'Mot de passe',
  passwordConfirmLabel: () => 'Mot de passe (confirmation)',
  passwordSubmit: () => 'Enregistrer',
  passwordProblem: ({ problem }) =>
    ({
      empty: `Tapez un mot de passe.`,
      tooShort: `Il faut au moins ${PASSWORD_MIN} caractères.`,
      tooLong: `128 caractères au plus.`,
      needsLetter: `Il faut au moins une lettre.`,
      needsDigitOrSymbol: `Il faut au moins un chiffre ou un symbole.`,
      containsUsername: `Il ne peut pas contenir votre nom d'utilisateur.`,
      containsName: `Il ne peut pas contenir votre nom ou votre prénom.`,
      containsHospital: `Il ne peut pas contenir le nom de votre hôpital ou d'une de ses entités (ni un de ses mots, comme « IRIS » ou « Sud ») : c'est ce qu'on essaie en premier.`,
      containsApplication: `Il ne peut pas contenir le nom d'une application (comme « Colindos » ou « HospiSup »), ni « Sésame » ou « socialsecurity » : c'est ce qu'on essaie en premier.`,
      placeName: `Il contient un nom de lieu (comme « Bruxelles » ou « Liège ») avec guère plus que des chiffres ou des symboles, comme un code postal ou une année : facile à deviner.`,
      repeated: `Pas quatre fois le même caractère de suite.`,
      common: `Il contient un mot de passe courant (comme « azerty123 » ou « motdepasse »), que l'on essaie en premier.`,
      commonWord: `Il n'est guère plus qu'un mot courant ou un prénom : ajoutez d'autres mots.`,
      keyboardSequence: `Il contient une suite de touches du clavier (comme « azerty » ou « qwertz ») : facile à deviner.`,
      sequence: `Il contient une suite de caractères (comme « abcd » ou « 1234 ») : facile à deviner.`,
      year: `Il contient une année : facile à deviner.`,
      date: `Il contient une date : facile à deviner.`,
      guessable: `Il est trop facile à deviner : allongez-le, par exemple avec quelques mots qui ne parlent pas de vous.`,
      mismatch: `Les deux mots de passe ne sont pas identiques.`,
    })[problem],
  passwordSet: ({ username }) => `Votre mot de passe est enregistré. Vous pouvez vous connecter avec le nom d'utilisateur ${username}.`,
  tokenProblem: ({ problem }) =>
    ({
      unknown: `Ce lien n'est pas valable. Vérifiez qu'il est complet, ou demandez une nouvelle invitation à votre gestionnaire d'accès.`,
      expired: `Ce lien a expiré. Demandez une nouvelle invitation à votre gestionnaire d'accès.`,
      used: `Ce lien a déjà servi : votre mot de passe est déjà choisi.`,
      replaced: `Une invitation plus récente vous a été envoyée : utilisez le lien du dernier e-mail.`,
    })[problem],
};
