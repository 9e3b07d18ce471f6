import type { PasswordCatalog } from './password.catalog';
import { PASSWORD_MIN } from '../domain/password';

export const passwordNl: PasswordCatalog = {
  passwordTitle: () => 'Kies uw wachtwoord',
  passwordIntro: ({ firstName, username }) => `Dag ${firstName}, uw gebruikersnaam is ${username}. Kies uw wachtwoord.`,
  passwordRules: () =>
    `Minstens ${PASSWORD_MIN} tekens; minstens één letter en één cijfer of symbool; niet uw gebruikersnaam, naam of voornaam, noch de naam van uw ziekenhuis of van een toepassing; niet vier keer hetzelfde teken na elkaar; moeilijk te raden: geen veelgebruikt wachtwoord, reeks toetsen van het toetsenbord, jaartal, plaatsnaam met cijfers of herhaling. Een zin van enkele woorden die niets over u zeggen, werkt goed. Typ het twee keer.`,
  passwordLabel: () => 'Wachtwoord',
  passwordConfirmLabel: () => 'Wachtwoord (bevestiging)',
  passwordSubmit: () => 'Opslaan',
  passwordProblem: ({ problem }) =>
    ({
      empty: `Typ een wachtwoord.`,
      tooShort: `Minstens ${PASSWORD_MIN} tekens.`,
      tooLong: `Hoogstens 128 tekens.`,
      needsLetter: `Minstens één letter.`,
      needsDigitOrSymbol: `Minstens één cijfer of symbool.`,
      containsUsername: `Het mag uw gebruikersnaam niet bevatten.`,
      containsName: `Het mag uw naam of voornaam niet bevatten.`,
      containsHospital: `Het mag de naam van uw ziekenhuis of van een van zijn entiteiten niet bevatten (ook geen woord ervan, zoals „IRIS” of „Sud”): dat wordt als eerste geprobeerd.`,
      containsApplication: `Het mag de naam van een toepassing (zoals „Colindos” of „HospiSup”), „Sésame” of „socialsecurity” niet bevatten: dat wordt als eerste geprobeerd.`,
      placeName: `Het bevat een plaatsnaam (zoals „Brussel” of „Luik”) met weinig meer dan cijfers of symbolen, zoals een postcode of een jaartal: makkelijk te raden.`,
      repeated: `Niet vier keer hetzelfde teken na elkaar.`,
      common: `Het bevat een veelgebruikt wachtwoord (zoals „azerty123” of „wachtwoord”), dat als eerste wordt geprobeerd.`,
      commonWord: `Het is weinig meer dan een gewoon woord of een voornaam: voeg andere woorden toe.`,
      keyboardSequence: `Het bevat een reeks toetsen van het toetsenbord (zoals „azerty” of „qwerty”): makkelijk te raden.`,
      sequence: `Het bevat een reeks tekens (zoals „abcd” of „1234”): makkelijk te raden.`,
      year: `Het bevat een jaartal: makkelijk te raden.`,
      date: `Het bevat een datum: makkelijk te raden.`,
      guessable: `Het is te makkelijk te raden: maak het langer, bijvoorbeeld met enkele woorden die niets over u zeggen.`,
      mismatch: `De twee wachtwoorden zijn niet gelijk.`,
    })[problem],
  passwordSet: ({ username }) => `Uw wachtwoord is opgeslagen. U kunt inloggen met de gebruikersnaam ${username}.`,
  tokenProblem: ({ problem }) =>
    ({
      unknown: `Deze link is niet geldig. Controleer of hij volledig is, of vraag een nieuwe uitnodiging aan uw toegangsbeheerder.`,
      expired: `Deze link is verlopen. Vraag een nieuwe uitnodiging aan uw toegangsbeheerder.`,
      used: `Deze link werd al gebruikt: uw wachtwoord is al gekozen.`,
      replaced: `U kreeg een recentere uitnodiging: gebruik de link uit de laatste e-mail.`,
    })[problem],
};
