import type { PeopleCatalog } from './people.catalog';
import { formatDate, formatDateTime, formatTime, todayInBrussels } from '../domain/dates';
import { joinList } from './format';

const L = 'nl';
const at = (t: number) => formatDateTime(t, L);
/** The day of an instant in Brussels, to say a date and its time once each ("le 01/12/2026 à 21:23"). */
const dayOf = (t: number) => todayInBrussels(new Date(t));
const apps = (names: { nl: string }[]) => joinList(names.map((n) => n.nl), L);

export const peopleNl: PeopleCatalog = {
  peoplePage: ({ from, to, total }) => `Gebruikers ${from} tot ${to} van ${total}.`,
  peopleNone: () => `Geen enkele gebruiker voldoet aan deze criteria.`,
  peopleNiss: ({ masked }) => (masked ? 'INSZ verborgen (uw rol laat niet toe het te zien)' : 'INSZ'),
  revocationScheduled: ({ person, effectiveAt, applications, cancelled, notHeld }) =>
    [
      applications.length ? `${person} verliest de toegang tot ${apps(applications)} op ${at(effectiveAt)}.` : '',
      cancelled.length ? `De toegang tot ${apps(cancelled)}, nog niet actief, is meteen geannuleerd.` : '',
      notHeld.length ? `${person} had geen toegang tot ${apps(notHeld)}: niets te doen.` : '',
    ].filter(Boolean).join(' '),
  functionEndScheduled: ({ person, fn, lastDay, effectiveAt }) =>
    `De functie „${fn.nl}” van ${person} eindigt; laatste dag: ${formatDate(lastDay, L)} (inactief vanaf ${at(effectiveAt)}).`,
  functionCancelled: ({ person, fn }) => `De functie „${fn.nl}” van ${person} is geannuleerd: ze begint niet.`,
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
  bulkEveryone: ({ entity, count }) => count === 0 ? `${entity} heeft geen gebruikers.` : `Alle gebruikers van ${entity}: ${count === 1 ? '1 persoon' : `${count} personen`}.`,
  bulkSummary: ({ ok, alreadyHolds, invalid, unknown, duplicate, applications }) =>
    `${ok === 1 ? '1 persoon krijgt' : `${ok} personen krijgen`} ${apps(applications)}` +
    (alreadyHolds ? `; ${alreadyHolds === 1 ? '1 heeft het al' : `${alreadyHolds} hebben het al`}` : '') +
    (invalid + unknown + duplicate ? `; ${invalid + unknown + duplicate === 1 ? '1 regel wordt overgeslagen' : `${invalid + unknown + duplicate} regels worden overgeslagen`}` : '') +
    '. Bevestigt u?',
  bulkProgress: ({ done, total }) => `${done} van ${total} verwerkt…`,
  bulkResult: ({ person, input, ok, activeAt, applications }) =>
    ok ? `${person} (${input}): ${apps(applications)}, actief op ${activeAt === null ? '—' : at(activeAt)}.` : `${input}: niet verwerkt.`,
  diagInvalidNiss: () => `Dit is geen geldig INSZ: controleer de 11 cijfers.`,
  diagUnknownApplication: ({ text }) => `Ik ken geen toepassing „${text}”.`,
  diagUnknownNiss: ({ niss }) => `Geen enkele gebruiker heeft INSZ ${niss}: hij moet eerst aangemaakt worden (door hem een toegang te geven).`,
  diagNotYours: ({ niss }) => `Geen enkele gebruiker van uw entiteiten heeft INSZ ${niss}: ik toon geen gegevens van een andere entiteit. U kunt de persoon aan uw entiteit toevoegen door een toegang te geven.`,
  diagNotInEntity: ({ person, entity }) => `${person} is geen gebruiker van ${entity}: een toegangsbeheerder moet hem of haar toevoegen.`,
  diagNoGrant: ({ person, application, revokedAt }) =>
    revokedAt === null
      ? `${person} heeft geen toegang tot ${application.nl} gekregen. Een toegangsbeheerder moet die geven.`
      : `De toegang van ${person} tot ${application.nl} werd ingetrokken op ${at(revokedAt)}.`,
  diagGrantPending: ({ person, application, activeAt }) =>
    `De toegang van ${person} tot ${application.nl} is geregistreerd en wordt actief op ${formatDate(dayOf(activeAt), L)} om ${formatTime(activeAt)}.`,
  diagFunctionNotStarted: ({ person, application, fn, startDate, activeAt }) =>
    `${application.nl} vraagt een functie voor medewerkers: die van ${person} (${fn.nl}) begint op ${formatDate(startDate, L)} en wordt actief op ${at(activeAt)}.`,
  diagFunctionEnded: ({ person, application, fn, endDate }) =>
    `${application.nl} vraagt een functie voor medewerkers: die van ${person} (${fn.nl}) is beëindigd; de laatste dag was ${formatDate(endDate, L)}. Een toegangsbeheerder moet een nieuwe toekennen.`,
  diagQualityInactive: ({ person, quality }) =>
    `De toegang van ${person} valt onder de hoedanigheid „${quality.nl}”, die niet geactiveerd is: de VTE of co-VTE moet ze activeren.`,
  diagPasswordNotSet: ({ person, invitation, access }) =>
    `${person} heeft nog geen wachtwoord gekozen. ` +
    {
      open: `De uitnodigingslink per e-mail is nog geldig: laat hem of haar de mailbox (en spam) nakijken.`,
      expired: `De uitnodigingslink is verlopen: stuur een nieuwe uitnodiging.`,
      notSent: `De uitnodiging is nog niet vertrokken: ze wordt zo dadelijk verstuurd.`,
    }[invitation] +
    (access ? ` De toegang van ${person} tot ${access.application.nl} wordt actief op ${at(access.activeAt)}, maar eerst moet dat wachtwoord gekozen zijn.` : ''),
  diagUserDisabled: ({ person }) => `De account van ${person} is gedeactiveerd.`,
  diagFunctionMaybeMissing: ({ person, application }) =>
    `Alles staat klaar voor ${person} en ${application.nl}. Is deze persoon medewerker van een arts-specialist of ziekenhuisapotheker, dan is nog de overeenkomstige functie nodig; een arts of apotheker heeft er geen nodig.`,
  diagOk: ({ person, application, activeSince, endsAt }) =>
    `Alles staat klaar: ${person} heeft toegang tot ${application.nl}` +
    (activeSince === null ? '' : ` sinds ${at(activeSince)}`) +
    (endsAt === null ? '' : ` (intrekking gepland op ${at(endsAt)})`) +
    `. Lukt het openen nog niet, dan ligt het probleem elders (verbinding, browser, eID).`,
  diagNobodyNamed: ({ name }) => `Geen enkele gebruiker van uw entiteiten heet ${name}. Geef me het INSZ (11 cijfers) en ik kijk wat er misloopt.`,
  diagSeveralNamed: ({ name, candidates }) =>
    `Meerdere gebruikers van uw entiteiten heten ${name}: ${joinList(candidates, L)}. Vraag het me opnieuw met het INSZ van de persoon, bijvoorbeeld „waarom kan 80.05.15-123.75 Colindos niet openen?”.`,
  diagAccountOk: ({ person, username }) =>
    `De account van ${person} is actief (gebruikersnaam ${username}): hier houdt niets het aanmelden tegen. Laat de gebruikersnaam nakijken, of vraag me waarom deze persoon een bepaalde toepassing niet kan openen.`,
  guideStepOf: ({ n, total, text }) => `Stap ${n} van ${total}: ${text}`,
  guideNext: () => 'Volgende',
  guideBack: () => 'Vorige',
  guideStop: () => 'Stoppen',
  guideDone: () => `Dit is de laatste stap. De aanpassingen zijn actief na maximaal 20 minuten.`,
  guideStopped: () => `Gids gestopt. Vraag „gids” en de naam van een toepassing om opnieuw te beginnen.`,
  guideWhichApplication: () => `Voor welke toepassing? Bijvoorbeeld „gids Colindos” of „gids HospiSup”.`,
  helpdeskHelp: () =>
    `Vraag me „waarom kan 80.05.15-123.75 Colindos niet openen?” voor een diagnose (het INSZ of de naam van een gebruiker van uw entiteiten), of „gids HospiSup” voor de procedure op het portaal stap voor stap (volgende, vorige, stoppen).`,
  languageOf: ({ language }) => ({ fr: 'Frans', nl: 'Nederlands', de: 'Duits', en: 'Engels' })[language],
};
