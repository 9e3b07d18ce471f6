import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime } from '../domain/dates';
import { PASSWORD_MIN } from '../domain/password';
import { joinList } from './format';

const L = 'nl';
const at = (t: number) => formatDateTime(t, L);
const apps = (names: { nl: string }[]) => joinList(names.map((n) => n.nl), L);

export const peopleNl: PeopleCatalog = {
  column: ({ column }) =>
    ({
      lastName: 'Naam', firstName: 'Voornaam', title: 'Titel', username: 'Gebruikersnaam', type: 'Type', niss: 'INSZ',
      status: 'Accountstatus', email: 'E-mailadres', language: 'Taal', quality: 'Hoedanigheid', application: 'Beveiligde toepassing',
      accessStatus: 'Status van de toegang', requestedAt: 'Aangevraagd op', activeSince: 'Actief sinds', pendingUntil: 'In afwachting tot',
      function: 'Functie', functionStart: 'Begin van de functie', functionEnd: 'Einde van de functie',
    })[column],
  personType: ({ type }) => ({ USER: 'Gebruiker', COLLABORATOR: 'Medewerker' })[type],
  userStatus: ({ status }) => ({ invited: 'Uitgenodigd (wachtwoord te kiezen)', active: 'Actief', disabled: 'Gedeactiveerd' })[status],
  accessStatus: ({ status }) => ({ pending: 'In afwachting', active: 'Actief' })[status],
  exportSheet: () => 'Gebruikers',
  exportFileBase: () => 'gebruikers',
  peoplePage: ({ from, to, total }) => `Gebruikers ${from} tot ${to} van ${total}.`,
  peopleNone: () => `Geen enkele gebruiker voldoet aan deze criteria.`,
  peopleNiss: ({ masked }) => (masked ? 'INSZ verborgen (uw rol laat niet toe het te zien)' : 'INSZ'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} verliest de toegang tot ${apps(applications)} op ${at(effectiveAt)}.` : '',
      cancelled.length ? `De toegang tot ${apps(cancelled)}, nog niet actief, is meteen geannuleerd.` : '',
      notHeld.length ? `${person} had geen toegang tot ${apps(notHeld)}: niets te doen.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, endDate, effectiveAt }) =>
    `De functie ${fn.nl} van ${person} eindigt op ${formatDate(endDate, L)} (inactief vanaf ${at(effectiveAt)}).`,
  removalScheduled: ({ person, entity, effectiveAt }) =>
    `${person} wordt op ${at(effectiveAt)} uit ${entity} verwijderd, met alle toegangen en functies.`,
  deactivated: ({ person, entity, kind, applications, functions }) =>
    kind === 'removeUser'
      ? `Gebeurd: ${person} maakt geen deel meer uit van ${entity}.`
      : `Het is inactief: ${person} heeft geen ` +
        joinList([...(applications.length ? [`toegang meer tot ${apps(applications)}`] : []), ...functions.map((f) => `functie ${f.names.nl} meer`)], L) +
        '.',
  bulkLine: ({ line, input, person, outcome, applications, account }) =>
    `Regel ${line} (${input}): ` +
    {
      invalidNiss: `dit is geen geldig INSZ.`,
      unknownUser: `geen enkele gebruiker heeft dit INSZ (maak hem eerst afzonderlijk aan).`,
      duplicate: `staat al hoger in de lijst.`,
      alreadyHolds: `${person} heeft al ${apps(applications)}.`,
      ok: `${person} krijgt ${apps(applications)}.` + (account === 'disabled' ? ` Let op: de account is gedeactiveerd, de toegang werkt pas na heractivering (vraag die aan de helpdesk).` : account === 'invited' ? ` De toegang werkt zodra hij of zij een wachtwoord gekozen heeft.` : ''),
    }[outcome],
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok} persoon/personen krijgen ${apps(applications)}` +
    (alreadyHolds ? `; ${alreadyHolds} hebben het al` : '') +
    (invalid + unknown + duplicate ? `; ${invalid + unknown + duplicate} regel(s) worden overgeslagen` : '') +
    '. Bevestig ik?',
  bulkProgress: ({ done, total }) => `${done} van ${total} verwerkt…`,
  bulkResult: ({ person, input, ok, activeAt, applications }) =>
    ok ? `${person} (${input}): ${apps(applications)}, actief op ${activeAt === null ? '—' : at(activeAt)}.` : `${input}: niet verwerkt.`,
  diagInvalidNiss: () => `Dit is geen geldig INSZ: controleer de 11 cijfers.`,
  diagUnknownApplication: ({ text }) => `Ik ken geen toepassing "${text}".`,
  diagUnknownNiss: ({ niss }) => `Geen enkele gebruiker heeft INSZ ${niss}: hij moet eerst aangemaakt worden (door hem een toegang te geven).`,
  diagNotYours: ({ niss }) => `Geen enkele gebruiker van uw entiteiten heeft INSZ ${niss}: ik toon geen gegevens van een andere entiteit. U kunt de persoon aan uw entiteit toevoegen door een toegang te geven.`,
  diagNotInEntity: ({ person, entity }) => `${person} is geen gebruiker van ${entity}: een toegangsbeheerder moet hem of haar toevoegen.`,
  diagNoGrant: ({ person, application, revokedAt }) =>
    revokedAt === null
      ? `${person} heeft geen toegang tot ${application.nl} gekregen. Een toegangsbeheerder moet die geven.`
      : `De toegang van ${person} tot ${application.nl} werd ingetrokken op ${at(revokedAt)}.`,
  diagGrantPending: ({ person, application, activeAt }) =>
    `De toegang van ${person} tot ${application.nl} is geregistreerd en wordt actief om ${formatTime(activeAt)} (op ${at(activeAt)}).`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.nl} vraagt een functie voor medewerkers: die van ${person} (${fn.nl}) begint op ${formatDate(startDate, L)} en wordt actief op ${at(activeAt)}.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.nl} vraagt een functie voor medewerkers: die van ${person} (${fn.nl}) eindigde op ${formatDate(endDate, L)}. Een toegangsbeheerder moet een nieuwe toekennen.`,
  diagQualityInactive: ({ person, quality }) =>
    `De toegang van ${person} valt onder de hoedanigheid "${quality.nl}", die niet geactiveerd is: de VTE of co-VTE moet ze activeren.`,
  diagPasswordNotSet: ({ person, invitation }) =>
    `${person} heeft nog geen wachtwoord gekozen. ` +
    {
      open: `De uitnodigingslink per e-mail is nog geldig: laat hem of haar de mailbox (en spam) nakijken.`,
      expired: `De uitnodigingslink is verlopen: stuur een nieuwe uitnodiging.`,
      notSent: `De uitnodiging is nog niet vertrokken: ze wordt zo dadelijk verstuurd.`,
    }[invitation],
  diagUserDisabled: ({ person }) => `De account van ${person} is gedeactiveerd.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Alles staat klaar voor ${person} en ${application.nl}. Is deze persoon medewerker van een arts-specialist of ziekenhuisapotheker, dan is nog de overeenkomstige functie nodig; een arts of apotheker heeft er geen nodig.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Alles staat klaar: ${person} heeft toegang tot ${application.nl}` +
    (activeSince === null ? '' : ` sinds ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (intrekking gepland op ${at(endsAt)})`) +
    `. Lukt het openen nog niet, dan ligt het probleem elders (verbinding, browser, eID).`,
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
      containsHospital: `Het mag de naam van uw ziekenhuis of van een van zijn entiteiten niet bevatten (ook geen woord ervan, zoals "IRIS" of "Sud"): dat wordt als eerste geprobeerd.`,
      containsApplication: `Het mag de naam van een toepassing (zoals "Colindos" of "HospiSup"), "Sésame" of "socialsecurity" niet bevatten: dat wordt als eerste geprobeerd.`,
      placeName: `Het bevat een plaatsnaam (zoals "Brussel" of "Luik") met weinig meer dan cijfers of symbolen, zoals een postcode of een jaartal: makkelijk te raden.`,
      repeated: `Niet vier keer hetzelfde teken na elkaar.`,
      common: `Het bevat een veelgebruikt wachtwoord (zoals "azerty123" of "wachtwoord"), dat als eerste wordt geprobeerd.`,
      commonWord: `Het is weinig meer dan een gewoon woord of een voornaam: voeg andere woorden toe.`,
      keyboardSequence: `Het bevat een reeks toetsen van het toetsenbord (zoals "azerty" of "qwerty"): makkelijk te raden.`,
      sequence: `Het bevat een reeks tekens (zoals "abcd" of "1234"): makkelijk te raden.`,
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
  inviteSubject: () => 'Sésame: kies uw wachtwoord',
  inviteBody: ({ firstName, username, link, expiresAt }) =>
    `Dag ${firstName},\n\nEr werd een account voor u aangemaakt (gebruikersnaam: ${username}). Kies hier uw wachtwoord:\n\n${link}\n\nDeze link werkt maar één keer en verloopt op ${at(expiresAt)}.\nNiemand zal u ooit uw wachtwoord vragen, niet per e-mail en niet per telefoon.\n\nSésame`,
  guideStepOf: ({ n, total }) => `Stap ${n} van ${total}`,
  guideNext: () => 'Volgende',
  guideBack: () => 'Vorige',
  guideStop: () => 'Stoppen',
  guideDone: () => `Dit is de laatste stap. De aanpassingen zijn actief na maximaal 20 minuten.`,
  guideStopped: () => `Gids gestopt. Vraag "gids" en de naam van een toepassing om opnieuw te beginnen.`,
  guideWhichApplication: () => `Voor welke toepassing? Bijvoorbeeld "gids Colindos" of "gids HospiSup".`,
  helpdeskHelp: () =>
    `Vraag me "waarom kan 85.07.30-033.28 Colindos niet openen?" voor een diagnose, of "gids HospiSup" voor de procedure op het portaal stap voor stap (volgende, vorige, stoppen).`,
  languageOf: ({ language }) => ({ fr: 'Frans', nl: 'Nederlands', de: 'Duits', en: 'Engels' })[language],
};
