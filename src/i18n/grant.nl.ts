import type { PortalTopic } from '../../dialogs/understanding/aside-questions';
import type { Catalog, Change, NameInvalidParams, Summary } from './grant.catalog';
import type { Slot } from '../../dialogs/grant/grant-access.types';
import { formatDate, formatDateTime } from '../domain/dates';
import { bullet, changesNothing, formatDelay, joinList, word } from './format';

const L = 'nl';
const at = (t: number) => formatDateTime(t, L);

const HELP: Record<Slot, string> = {
  entity: `de entiteit (ziekenhuis) waarvoor u handelt: het nummer in de lijst, de naam of het RIZIV-nummer (bv. 710087-50).`,
  quality: `de hoedanigheid: het nummer in de lijst of de naam (bv. „ziekenhuis”).`,
  activateQuality: `ja om deze hoedanigheid samen met de toegang te activeren, nee om een andere te kiezen.`,
  niss: `het INSZ van de persoon: 11 cijfers, met of zonder punten en streepjes (bv. 80.05.15-123.75).`,
  confirmPerson: `ja als het de juiste persoon is, nee om een ander INSZ te geven.`,
  username: `een gebruikersnaam: 6 tot 30 tekens, letters zonder accenten, cijfers, . - _ (bv. mdupont).`,
  usernameConfirm: `dezelfde gebruikersnaam, opnieuw getypt om tikfouten te vermijden.`,
  lastName: `de familienaam (bv. Peeters).`,
  firstName: `de voornaam (bv. Jan).`,
  title: `een titel (bv. Dr) of „geen”.`,
  language: `de taal van de persoon: Frans, Nederlands, Duits of Engels.`,
  email: `het e-mailadres (bv. jan.peeters@ziekenhuis.be).`,
  localEmail: `een lokaal e-mailadres, of „geen”.`,
  applications: `een of meer toepassingen, op naam of nummer (bv. „Colindos, Hospiliss” of „1 en 3”).`,
  role: `wat de persoon is: arts, apotheker, of medewerker (van een arts of een apotheker).`,
  function: `van wie de persoon medewerker is: arts-specialist of ziekenhuisapotheker.`,
  startDate: `de begindatum van de functie (bv. 01-03-2027, „volgende maandag”, „1 maart”).`,
  endDate: `een einddatum na de begindatum (bv. 31-12-2027), of „geen”.`,
  confirm: `ja om te registreren, nee om alles te annuleren, of een verbetering (bv. „wijzig de datum”, „niet Colindos”).`,
};

/** "A", "A of B", "A, B of C": built directly, since names themselves may contain " en ". */
const nameProblems = ({ problems, forbidden, max }: NameInvalidParams) =>
  problems
    .map(
      (p) =>
        ({
          empty: `hij is leeg`,
          tooLong: `hoogstens ${max} tekens`,
          mustStartWithLetter: `hij moet met een letter beginnen`,
          answerWord: `dat is een antwoord (ja, nee, ok, annuleren), geen naam`,
          forbiddenCharacters: `niet toegelaten tekens: ${forbidden.map((c) => `‘${c}’`).join(', ')}`,
        })[p],
    )
    .join('; ');

/** How a portal task is done (shared/seeds), or that the procedure gives no steps for it, and what Sésame does instead. */
const PORTAL_HOW: Record<PortalTopic, (app?: string) => string> = {
  grant: (app) => (app ? `Op het portaal: kies in „Toegangsbeheer” de organisatie en de hoedanigheid, zoek de persoon in de gebruikerslijst (of typ haar INSZ onder „Een gebruiker toevoegen”), vink „${app}” aan onder „Beveiligde toepassingen”, sla op en bevestig; de toegang is actief binnen maximaal 20 minuten. Hier zegt u het mij gewoon, bijvoorbeeld „geef ${app} aan Jan Peeters”; „gids ${app}” toont u het portaal stap voor stap.` : `Op het portaal: kies in „Toegangsbeheer” de organisatie en de hoedanigheid, typ het INSZ van de persoon, vink de toepassingen aan en, voor een medewerker, zijn functie met de begindatum, en bevestig. Hier zegt u het mij gewoon, bijvoorbeeld „geef Colindos aan 80.05.15-123.75 in Hôpitaux IRIS Sud, medewerker van de ziekenhuisapotheker vanaf 1 maart”; „gids Colindos” toont u stap voor stap hoe het op het portaal gaat.`),
  quality: () => `Op het portaal: kies in „Toegangsbeheer” de organisatie en daarna in de „Lijst van hoedanigheden” de hoedanigheid (bijvoorbeeld „Zorgverlener: ziekenhuis”); is ze niet actief, vink dan „De hoedanigheid activeren” aan en klik op „Volgende”. Hier activeer ik ze met de toegang wanneer dat nodig is.`,
  newUser: () => `Op het portaal: typ in „Toegangsbeheer”, na de organisatie en de hoedanigheid, het INSZ van de persoon onder „Een gebruiker toevoegen” en klik op „Volgende”; vul daarna de gebruikersnaam, het wachtwoord, de naam, de voornaam en het e-mailadres in. Hier geeft u mij gewoon het INSZ in een toegangsaanvraag: ik voeg de persoon toe.`,
  function: () => `Op het portaal: open in het menu „Beheer hoedanigheid” de pagina „Functies en verantwoordelijkheidshiërarchie”, klik op het eerste pictogram rechts van de medewerker, kies „medewerker arts-specialist” of „medewerker ziekenhuisapotheker” in het keuzemenu, geef de begindatum (dd-mm-jjjj) en klik op „Toevoegen”. Een arts(-specialist) of ziekenhuisapotheker heeft geen functie nodig. Hier zegt u het mij samen met de toegang, bijvoorbeeld „Colindos voor Jan Peeters, medewerker van de ziekenhuisapotheker vanaf 1 maart”.`,
  endFunction: () => `De procedure van het portaal geeft geen stappen om een functie te beëindigen: ze toont alleen hoe u er een toevoegt (menu „Beheer hoedanigheid” > „Functies en verantwoordelijkheidshiërarchie”, waar „Uitgeoefende functies” een kolom „Einddatum” heeft). Hier doe ik het voor u: schrijf bijvoorbeeld „beëindig de functie van Jan Peeters op 31 maart”.`,
  remove: () => `De procedure van het portaal geeft geen stappen om iemand uit de entiteit te verwijderen; de lijst „Gebruikers” die ze toont heeft een vakje per persoon en een knop „Gebruikers verwijderen”. Hier doe ik het voor u: schrijf bijvoorbeeld „verwijder Jan Peeters uit Sainte-Anne”.`,
  revoke: (app) => `De procedure van het portaal geeft geen stappen om iemand een toepassing af te nemen. Hier doe ik het voor u: schrijf bijvoorbeeld „trek ${app ?? 'TCT'} in bij Jan Peeters”.`,
  designate: () => `De procedure van het portaal geeft geen stappen om een toegangsbeheerder aan te duiden: ze zegt alleen dat de Hoofdtoegangsbeheerder hen aanduidt in „Toegangsbeheer”. Hier doe ik het voor u: schrijf bijvoorbeeld „maak Els Janssens toegangsbeheerder van Sainte-Anne”.`,
};
export const nl: Catalog = {
  welcome: ({ name }) =>
    `Goedendag ${name}, ik ben Sésame. Ik geef in een kort gesprek toegang tot de beveiligde toepassingen van de sociale zekerheid (HospiSup, Colindos, Hospiliss, eBirth, Chapter IV…). Schrijf me om te beginnen. U kunt op elk moment „help” typen, of „annuleren” om alles te stoppen.`,
  starterGrant: () => `Toegang geven`,
  starterUsers: () => `Gebruikers tonen`,
  starterWhy: () => `Waarom heeft iemand geen toegang?`,
  noEntity: () =>
    `U hebt geen enkele rol waarmee u toegangen kunt geven (VTE, Co-VTE of toegangsbeheerder). Vraag het aan de VTE van uw entiteit.`,
  whatNext: () => `Schrijf me wanneer u een nieuwe toegang wilt geven.`,
  askEntity: () => `Voor welke entiteit werkt u?`,
  onlyEntity: ({ entity, inami }) => `Entiteit: ${entity} (RIZIV-nummer ${inami}).`,
  entityOfPerson: ({ entity, inami, person }) => `Entiteit: ${entity} (RIZIV-nummer ${inami}), de enige van uw entiteiten waar ${person} gebruiker is. Voor een andere zegt u „entiteit wijzigen”.`,
  askQuality: ({ entity }) => `Welke hoedanigheid van ${entity}?`,
  onlyQuality: ({ quality }) => `Hoedanigheid: ${quality.nl}.`,
  askActivateQuality: ({ quality }) =>
    `De hoedanigheid „${quality.nl}” is nog niet geactiveerd. Wilt u ze activeren? Dat gebeurt samen met de toegang, bij de bevestiging.`,
  qualityInactiveNoRight: ({ quality }) =>
    `De hoedanigheid „${quality.nl}” is niet geactiveerd en uw rol laat niet toe ze te activeren: vraag het aan de VTE of de Co-VTE.`,
  qualityNotActivated: ({ quality }) => `Goed, de hoedanigheid „${quality.nl}” blijft inactief.`,
  askNiss: () => `Wat is het INSZ (rijksregisternummer) van de persoon? (11 cijfers, bijvoorbeeld 80.05.15-123.75)`,
  nissInvalid: ({ problem, length, digits }) =>
    ({
      empty: `Ik heb geen INSZ ontvangen.`,
      characters: `Een INSZ bevat alleen cijfers (punten, streepjes en spaties zijn toegestaan).`,
      length: `Een INSZ heeft 11 cijfers; ik heb er ${length ?? 0} geteld.`,
      birthDate: `De eerste 6 cijfers van een INSZ zijn een geboortedatum (JJMMDD); deze datum bestaat niet.`,
      checksum: `De laatste twee cijfers${digits ? ` (${digits})` : ''} zijn controlecijfers en passen niet bij de eerste negen: een tikfout?`,
    })[problem] + ` Controleer het nummer en stuur het opnieuw.`,
  askConfirmPerson: ({ name, username }) => `Ik heb ${name} gevonden (gebruiker ${username}). Is dat de juiste persoon?`,
  personUnknown: ({ niss }) => `Geen enkele gebruiker heeft het INSZ ${niss}. Laten we hem samen aanmaken (er wordt u geen wachtwoord gevraagd).`,
  askUsername: () =>
    `Welke gebruikersnaam krijgt deze persoon? (6 tot 30 tekens: letters zonder accenten, cijfers, punt, streepje of underscore; begint met een letter)`,
  usernameInvalid: ({ problems, forbidden }) =>
    `Deze gebruikersnaam is niet geschikt: ` +
    problems
      .map(
        (p) =>
          ({
            tooShort: `er zijn minstens 6 tekens nodig`,
            tooLong: `er zijn hoogstens 30 tekens toegestaan`,
            mustStartWithLetter: `hij moet met een letter beginnen`,
            forbiddenCharacters: `niet toegelaten tekens: ${forbidden.map((c) => `„${c}”`).join(', ')}`,
            onlyDigits: `hij mag niet alleen uit cijfers bestaan`,
            repeatedSeparators: `geen twee tekens . - _ na elkaar`,
          })[p],
      )
      .join('; ') +
    '.',
  usernameTaken: ({ username }) => `De gebruikersnaam „${username}” is al in gebruik. Kies een andere.`,
  askUsernameConfirm: () => `Typ de gebruikersnaam opnieuw om te bevestigen.`,
  usernameMismatch: () => `De twee invoeren zijn niet identiek. We beginnen opnieuw met de gebruikersnaam.`,
  askLastName: () => `Zijn/haar familienaam?`,
  askFirstName: () => `Zijn/haar voornaam?`,
  nameInvalid: (p) => `Deze naam kan niet: ${nameProblems(p)}. Een naam bevat alleen letters, spaties, streepjes, apostrofs of punten.`,
  askTitle: () => `Zijn/haar titel (Dr., Prof., Apr.…)? Antwoord „geen” als er geen is.`,
  titleInvalid: (p) => `Deze titel kan niet: ${nameProblems(p)}. Een titel bevat alleen letters, spaties, streepjes, apostrofs of punten (bv. Dr, Prof.).`,
  askLanguage: () => `Zijn/haar taal: Frans, Nederlands, Duits of Engels?`,
  languageInvalid: () => `Ik ken Frans, Nederlands, Duits en Engels.`,
  askEmail: () => `Zijn/haar e-mailadres (verplicht)?`,
  emailInvalid: () => `Dit e-mailadres is niet geldig (voorbeeld: voornaam.naam@ziekenhuis.be).`,
  askLocalEmail: () => `Een lokaal e-mailadres (optioneel)? Antwoord „geen” om over te slaan.`,
  askApplications: ({ quality }) =>
    `Welke toepassingen voor de hoedanigheid „${quality.nl}”? U kunt er een of meer noemen, bijvoorbeeld „Colindos, Hospiliss”.`,
  applicationsUnknown: ({ texts, candidates }) =>
    `Ik vind ${joinList(texts.map((t) => `„${t}”`), L)} niet bij de toepassingen${candidates.length ? `: bedoelt u ${joinList(candidates.map((c) => c.nl), L, 'or')}?` : '. Geef de naam zoals hij in de lijst staat.'}`,
  applicationsAmbiguous: ({ text, candidates }) =>
    `„${text}” kan ${joinList(candidates.map((c) => c.nl), L, 'or')} betekenen: geef aan welke.`,
  askRole: () => `Is deze persoon arts (specialist), ziekenhuisapotheker, of medewerker van een van hen?`,
  roleInvalid: () => `Antwoord „arts”, „apotheker” of „medewerker” (of 1, 2, 3).`,
  alreadyHasFunction: ({ fn, startDate, started, asked }) =>
    asked
      ? `U vraagt de functie „${asked.nl}”, maar deze persoon heeft al de functie „${fn.nl}” ${started ? 'sinds' : 'vanaf'} ${formatDate(startDate, L)}, en een lopende functie wijzig ik niet: de toegang gebruikt „${fn.nl}”. Voor „${asked.nl}” beëindigt u eerst „${fn.nl}”, of zeg „annuleren”.`
      : `Deze persoon heeft al de functie „${fn.nl}” ${started ? 'sinds' : 'vanaf'} ${formatDate(startDate, L)}: niets toe te voegen.`,
  askFunction: () => `Medewerker van wie: van een arts-specialist of van een ziekenhuisapotheker?`,
  functionInvalid: () => `Antwoord „arts-specialist” of „ziekenhuisapotheker” (of 1, 2).`,
  askStartDate: () => `Vanaf welke datum begint de functie? (dd-mm-jjjj)`,
  askEndDate: ({ startDate }) =>
    `Een einddatum (na ${formatDate(startDate, L)})? Antwoord „geen” als de functie geen einde heeft.`,
  dateInvalid: ({ problem, startDate, which, date }) =>
    ({
      format: `Ik heb deze datum niet begrepen. Schrijf ze als dd-mm-jjjj, bijvoorbeeld 01-03-2027.`,
      invalid: `Deze datum bestaat niet in de kalender.`,
      past: `${date ? `${formatDate(date, L)} is al voorbij` : 'Deze datum is al voorbij'}: ` + (which === 'endDate'
        ? `de functie moet na vandaag eindigen${startDate ? ` en na haar begin (${formatDate(startDate, L)})` : ''}.`
        : `een functie begint ten vroegste vandaag.`),
      notAfterStart: `De einddatum moet na de begindatum liggen${startDate ? ` (${formatDate(startDate, L)})` : ''}.`,
    })[problem],
  askConfirm: (s) =>
    [
      `Dit ga ik doen:`,
      summaryLines(s),
      ...(s.person.leaving ? [`De verwijdering van ${s.person.name} uit ${s.entity} staat gepland: met deze toegang blijft ${s.person.name} gebruiker van ${s.entity}, dus de verwijdering wordt geannuleerd.`] : []),
      ...(s.person.status === 'disabled' ? [`Let op: de account van deze persoon is gedeactiveerd. De toegang wordt geregistreerd, maar de persoon kan hem niet gebruiken zolang de account niet opnieuw geactiveerd is: vraag de helpdesk om hem te heractiveren.`] : s.person.status === 'invited' ? [`Deze persoon heeft nog geen wachtwoord gekozen: de toegang werkt zodra dat gebeurd is, met de link die per e-mail werd verstuurd.`] : []),
      s.alreadyHeld.length === s.applications.length && !s.fn && !s.person.leaving
        ? `Deze persoon heeft dit allemaal al: bevestigen verandert niets. Toch bevestigen?`
        : `De toegang is uiterlijk ${formatDelay(s.activationDelayMs, L)} na de bevestiging actief. Zal ik bevestigen?`,
    ].join('\n\n'),
  summaryDecided: (s) => [`Toegangsaanvraag:`, summaryLines(s)].join('\n\n'),
  yesNoExpected: () => `Antwoord met ja of nee.`,
  notUnderstoodAtConfirmation: ({ text }) => `Ik heb „${text}” niet begrepen: er is niets veranderd. Antwoord met ja of nee, of zeg wat er moet veranderen.`,
  invalidChoice: () => `Ik heb deze keuze niet herkend. Geef het nummer of de naam.`,
  ambiguousChoice: ({ candidates }) => `Meerdere keuzes komen overeen: ${joinList(candidates, L)}. Welke?`,
  cancelled: () => `Geannuleerd: er is niets geregistreerd.`,
  nothingToStop: ({ granted }) =>
    granted
      ? `Er is niets bezig om te stoppen: wat u bevestigd hebt (${joinList(granted.map((a) => a.nl), L)}) blijft geregistreerd. Om het in te trekken, schrijft u bijvoorbeeld „trek ${granted[0]!.nl} in voor” gevolgd door het INSZ van de persoon.`
      : `Er is niets bezig om te stoppen: er is geen aanvraag open, er is niets veranderd.`,
  grantDone: ({ person, now, replayed, grants, fn, removalCancelled }) => {
    const nothing = changesNothing(replayed, grants, fn);
    const since = (t: number) => (now !== undefined && t > now ? `actief vanaf ${at(t)}` : `actief sinds ${at(t)}`);
    const fnDates = (f: NonNullable<typeof fn>) => `${f.endDate ? ` tot ${formatDate(f.endDate, L)}` : ', zonder einddatum'}`;
    const changed = [
      ...grants.filter((g) => !g.alreadyHeld).map((g) => `${g.names.nl}: actief vanaf ${at(g.activeAt)}`),
      ...(fn && !fn.alreadyHeld ? [`Functie ${fn.names.nl}: actief vanaf ${at(fn.activeAt)}${fnDates(fn)}`] : []),
    ];
    const held = [
      ...grants.filter((g) => g.alreadyHeld).map((g) => `${g.names.nl} (${since(g.activeAt)})`),
      ...(fn?.alreadyHeld ? [`Functie ${fn.names.nl} (${now !== undefined && fn.activeAt > now ? 'vanaf' : 'sinds'} ${formatDate(fn.startDate, L)})`] : []),
    ];
    const names = [...grants.filter((g) => !g.alreadyHeld).map((g) => g.names.nl), ...(fn && !fn.alreadyHeld ? [`de functie ${fn.names.nl}`] : [])];
    return [
      replayed ? `Dit was al gebeurd; er is niets een tweede keer geregistreerd:` : nothing ? `${person} had dit allemaal al, er verandert niets:` : `Het is geregistreerd voor ${person}:`,
      ...(replayed || nothing ? [bullet([...changed, ...held])] : [bullet(changed), ...(held.length ? [`Was er al, blijft ongewijzigd:\n${bullet(held)}`] : [])]),
      ...(removalCancelled ? [`De verwijdering van ${person} uit ${removalCancelled.entity} is geannuleerd: ${person} blijft gebruiker van ${removalCancelled.entity}.`] : []),
      nothing ? `Er is niets veranderd: er hoeft niets geactiveerd te worden.` : `Ik laat het u hier weten zodra het actief is${held.length ? `: ${joinList(names, L)}` : ''}. De vermelde tijden zijn Brusselse tijd.`,
    ].join('\n\n');
  },
  alreadyDone: () => `Dit is al gebeurd: er is niets een tweede keer geregistreerd.`,
  executionFailed: ({ reason }) =>
    ({
      forbidden: `Uw rol laat deze bewerking niet toe in deze entiteit of hoedanigheid: er is niets geregistreerd.`,
      nissExists: `Intussen heeft iemand een gebruiker met dit INSZ aangemaakt: er is niets geregistreerd. Begin de aanvraag opnieuw om hem terug te vinden.`,
      usernameTaken: `Intussen is deze gebruikersnaam in gebruik genomen: er is niets geregistreerd. Begin opnieuw met een andere.`,
      qualityInactive: `De hoedanigheid is niet geactiveerd: er is niets geregistreerd.`,
      invalid: `De aanvraag is niet meer geldig (catalogus gewijzigd?): er is niets geregistreerd.`,
      unavailable: `Ik kon niet registreren (database niet beschikbaar): er is niets geregistreerd. Antwoord „ja” om het opnieuw te proberen.`,
    })[reason],
  conversationRestarted: () => `Sésame is bijgewerkt en ons vorige gesprek kon niet worden hervat: we beginnen opnieuw.`,
  activated: ({ person, applications, fn, account }) => {
    if (account === 'disabled' || account === 'invited') {
      const what = joinList([...applications.map((a) => a.nl), ...(fn ? ['de functie ' + fn.names.nl] : [])], L);
      return account === 'disabled' ? `Het is geregistreerd voor ${person}: ${what}. Maar de account is gedeactiveerd: de persoon kan de toegang niet gebruiken zolang de account niet opnieuw geactiveerd is. Vraag de helpdesk om hem te heractiveren.` : `Het is klaar: ${person} heeft toegang tot ${what} zodra hij of zij een wachtwoord gekozen heeft, met de link die per e-mail werd verstuurd.`;
    }
    return (
      `Het is actief: ${person} heeft nu toegang tot ${joinList(applications.map((a) => a.nl), L)}` +
      (fn ? `${applications.length ? ', en ' : ''}de functie ${fn.names.nl} (sinds ${formatDate(fn.startDate, L)})` : '') +
      '.'
    );
  },
  technicalError: () => `Een technisch probleem belet me te antwoorden; niets van wat u me hebt gegeven, gaat verloren. Probeer het zo meteen opnieuw.`,
  cancelledTakenUp: ({ person, entity }) => `Ik neem de aanvraag weer op die u net hebt geannuleerd: ${person}${entity ? `, ${entity}` : ''}. Er wordt niets geregistreerd vóór uw bevestiging.`,
  datesDropped: () => `Goed: ik houd geen datum bij.`,
  aside: (q) => {
    switch (q.topic) {
      case 'activationDelay': return `Het portaal maakt een toegang ten laatste 20 minuten na de bevestiging actief; een functie niet vóór haar begindatum.`;
      case 'application': return `„${q.names.nl}” is een toepassing van het portaal van de sociale zekerheid, die ik kan geven in de hoedanigheid waarin ze bestaat.`;
      case 'myEntities': return q.entities.length ? `U beheert de toegangen van: ${joinList(q.entities, L)}.` : `U hebt in geen enkele entiteit een beheerdersrol.`;
      case 'applications': return `Ik kan deze toepassingen geven (volgens de hoedanigheid): ${joinList(q.names.map((n) => n.nl), L)}.`;
      case 'portal': return PORTAL_HOW[q.about](q.application?.nl);
      case 'correctionUnplaced': return `Ik zie niet wat uw verbetering vervangt: er is niets gewijzigd. Zeg het opnieuw met alleen de bedoelde waarde: de persoon, de datum, de toepassing of de entiteit.`;
      case 'whoManages': return `Wie de toegang van een entiteit beheert, kan ik nog niet tonen. Om iemand aan te duiden, zeg bijvoorbeeld „maak Els Janssens toegangsbeheerder van Sainte-Anne”.`;
      case 'removeOrRevoke': {
        const apps = joinList(q.applications.map((a) => a.nl), L);
        return `Moet ik ${q.name} uit de entiteit verwijderen (alle toegangen daar stoppen), of alleen ${apps} intrekken? Zeg „verwijder ${q.name} uit de entiteit” of „trek ${apps} in bij ${q.name}”. Er gebeurt niets zolang u het niet zegt.`;
      }
    }
  },
  help: ({ slot }) =>
    [
      slot ? `Ik verwacht ${HELP[slot]}` : `Zeg in één zin wat er gegeven moet worden, bijvoorbeeld „geef HospiSup aan 80.05.15-123.75” of „Colindos voor 80051512375 vanaf 1 maart, medewerkster van een arts”.`,
      `Altijd mogelijk: „wat heb je al?” voor het overzicht, „terug” voor de vorige vraag, „opnieuw beginnen”, „annuleren”, „in het Frans graag”. U kunt alles verbeteren: „nee, het INSZ is …”, „niet Colindos, Hospiliss”, „wijzig de datum”.`,
    ].join('\n\n'),
  recap: (r) =>
    [
      `Dit heb ik tot nu toe:`,
      bullet([
        `Entiteit: ${r.entity ?? '—'}`,
        `Hoedanigheid: ${r.quality?.nl ?? '—'}`,
        `Persoon: ${r.person ?? (r.niss ? `INSZ ${r.niss}` : '—')}`,
        `${word(r.applications.length, L, 'Toepassing', 'Toepassingen')}: ${r.applications.length ? joinList(r.applications.map((a) => a.nl), L) : '—'}`,
        ...(r.fn ? [`Functie: ${r.fn.nl}${r.startDate ? ` vanaf ${formatDate(r.startDate, L)}` : ''}${r.endDate ? ` tot ${formatDate(r.endDate, L)}` : r.endDateAsked ? ', zonder einddatum' : ''}`] : []),
      ]),
    ].join('\n\n'),
  recapIsSummary: () => `Alles wat ik heb, staat in de samenvatting hieronder: die wacht alleen nog op uw antwoord.`,
  onlyThese: ({ kept, left, revoke }) =>
    `Goed: ik ${revoke ? 'trek' : 'geef'} alleen ${joinList(kept.map((a) => a.nl), L)}${revoke ? ' in' : ''}${left.length ? `; ${joinList(left.map((a) => a.nl), L)} ${left.length > 1 ? 'blijven' : 'blijft'} zoals ${left.length > 1 ? 'ze zijn' : 'het is'}` : ''}.`,
  stuck: ({ slot }) => `Ik begrijp het nog steeds niet. Ik verwacht ${HELP[slot]} Schrijf „help” voor meer uitleg of „annuleren” om te stoppen.`,
  startedOver: () => `Goed, we beginnen opnieuw.`,
  nothingBefore: () => `Er is geen vraag vóór deze.`,
  languageChanged: () => `Goed, ik ga verder in het Nederlands.`,
  nothingInProgress: () => `Er is geen aanvraag bezig.`,
  whatYouCanDo: () => `U kunt bijvoorbeeld een toegang geven, de gebruikers van een entiteit oplijsten of vragen waarom iemand geen toegang heeft.`,
  cancelledEarlier: ({ person, applications }) =>
    `Ik heb de aanvraag voor ${person}${applications.length ? ` (${joinList(applications.map((a) => a.nl), L)})` : ''} net geannuleerd: er is niets geregistreerd. Wilt u ze toch, zeg ze dan opnieuw, bijvoorbeeld „${applications.length ? joinList(applications.map((a) => a.nl), L) : 'eBirth'} voor ${person}”, en ik toon u eerst de samenvatting.`,
  howCanIHelp: () => `Wat kan ik voor u doen?`,
  youreWelcome: () => `Graag gedaan. Kan ik nog iets voor u doen?`,
  dateWithoutRequest: ({ date }) =>
    `Voor welke aanvraag is deze datum${date ? ` (${formatDate(date, L)})` : ''}? Er is geen aanvraag bezig: zeg ze in één zin, met de datum, bijvoorbeeld „geef Colindos aan 80051512375 tot ${date ? formatDate(date, L) : '30-06-2027'}”.`,
  expired: () => `Ons gesprek lag te lang stil: er is niets geregistreerd en ik begin opnieuw.`,
  statusAnswer: ({ niss, person, items }) =>
    person === null
      ? `Geen enkele gebruiker van uw entiteiten heeft het INSZ ${niss}: er is daar dus geen toegang.`
      : [
          `${person} (INSZ ${niss}):`,
          items.length === 0
            ? `geen toegang in uw entiteiten.`
            : bullet(
                items.map((i) =>
                  i.state === 'active' ? `${i.names.nl}: actief sinds ${at(i.at!)}` : i.state === 'pending' ? `${i.names.nl}: in behandeling, actief op ${at(i.at!)}` : `${i.names.nl}: geen toegang`,
                ),
              ),
        ].join('\n'),
  copiedAccess: ({ colleague, applications, fn }) =>
    `${colleague} heeft ${joinList([...applications.map((a) => a.nl), ...(fn ? [`de functie ${fn.nl}`] : [])], L)}: ik neem hetzelfde over. Zeg „niet …” om iets te schrappen.`,
  colleagueUnknown: ({ niss }) => `Ik vind geen toegang om over te nemen voor INSZ ${niss} in deze hoedanigheid.`,
  applicationNotInQuality: ({ applications, quality, elsewhere }) =>
    `${joinList(applications.map((a) => a.nl), L)} hoort niet bij de hoedanigheid „${quality.nl}”: ik neem het niet op.` +
    (elsewhere.length
      ? ` Het hoort bij de hoedanigheid ${joinList(elsewhere.map((q) => `„${q.nl}”`), L, 'or')}: doe daar een aparte aanvraag voor, of zeg „hoedanigheid wijzigen”.`
      : ` Het hoort bij geen andere hoedanigheid die u hier beheert: vraag het aan de VTE of Co-VTE.`),
  entityNoRole: ({ entity, entities }) =>
    `U hebt geen rol in de entiteit ${entity}: daar kan ik geen toegang geven. Uw entiteiten: ${joinList(entities, L)}.`,
  entityUnknown: ({ entity, entities }) =>
    `Ik ken geen entiteit „${entity}”: daar kan ik geen toegang geven. Uw entiteiten: ${joinList(entities, L)}.`,
  qualityOutOfScope: ({ quality, entity, qualities }) =>
    `De hoedanigheid „${quality.nl}” valt niet onder uw bevoegdheid bij ${entity}` + (qualities.length ? `: u beheert ${joinList(qualities.map((q) => `„${q.nl}”`), L)}.` : '.'),
  qualityFromApplications: ({ quality, notActive }) => notActive?.length
    ? `Hoedanigheid: ${quality.nl} (de enige geactiveerde hoedanigheid van de entiteit met deze toepassingen; ${joinList(notActive.map((q) => `„${q.nl}”`), L)} is niet geactiveerd).`
    : `Hoedanigheid: ${quality.nl} (de enige van de entiteit met deze toepassingen).`,
  dateOfHeldFunction: ({ fn, startDate, started, said, saidEnd, asked }) => {
    const held = `${asked ? `U vraagt de functie „${asked.nl}”${said ? ` vanaf ${formatDate(said, L)}` : ''}, maar deze persoon` : 'Deze persoon'} heeft al de functie „${fn.nl}” ${started ? 'sinds' : 'vanaf'} ${formatDate(startDate, L)}`;
    if (asked) return `${held}, en een lopende functie wijzig ik niet: de toegang gebruikt „${fn.nl}”. Voor „${asked.nl}” beëindigt u eerst „${fn.nl}”, of zeg „annuleren”.`;
    if (said === startDate && saidEnd) return `${held}, en een lopende functie wijzig ik niet: het einde op ${formatDate(saidEnd, L)} neem ik niet op. Om ze die dag te laten eindigen, vraagt u mij het einde van deze functie.`;
    if (said === startDate) return `${held}: dat is de opgegeven datum, er verandert niets.`;
    const dates = saidEnd && said ? `de opgegeven data (van ${formatDate(said, L)} tot ${formatDate(saidEnd, L)})` : `${said ? `de datum ${formatDate(said, L)}` : 'de opgegeven datum'}`;
    return `${held}, en een lopende functie wijzig ik niet: ${dates} neem ik niet op. Voor een andere datum beëindigt u eerst deze functie.`;
  },
  dateNotUsed: ({ applications, past }) => {
    const apps = joinList(applications.map((a) => a.nl), L);
    const has = applications.length > 1 ? 'hebben' : 'heeft';
    return past
      ? `${formatDate(past, L)} is al voorbij, en ${apps} ${has} sowieso geen begindatum: de toegang begint bij de bevestiging.`
      : `${apps} ${has} geen begindatum: de toegang begint bij de bevestiging.`;
  },
  nissOfNamed: ({ name }) => `Ik heb het INSZ van ${name} nodig.`,
  nissDeclined: ({ name }) => `Zonder het INSZ ${name === null ? 'van de persoon' : `van ${name}`} kan ik niet verder. Geef het, of zeg „annuleren” om de aanvraag te stoppen.`,
  nissNotGiven: ({ name }) => `Dat is geen INSZ. Geef de 11 cijfers van het INSZ ${name === null ? 'van de persoon' : `van ${name}`}, bijvoorbeeld „80.05.15-123.75”, of „annuleren” om te stoppen.`,
  nobodyNamed: ({ name }) => `Geen gebruiker van uw entiteiten heet ${name}.`,
  onePersonPerRequest: ({ person, others }) => `Een aanvraag geldt voor één persoon: deze is voor ${person}. Daarna stel ik dezelfde aanvraag voor ${joinList(others, L)} voor.`,
  offerNextPerson: ({ person }) => `Wilt u nu dezelfde aanvraag voor ${person}? (ja / nee)`,
  nextPersonDeclined: ({ person }) => `Goed: voor ${person} wordt niets aangevraagd.`,
  personFoundByName: ({ person, niss }) => `Ik heb ${person} (INSZ ${niss}) gevonden bij de gebruikers van uw entiteiten.`,
  personsNamed: ({ named, candidates }) => `Meerdere gebruikers van uw entiteiten heten ${named}: ${candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}. Wie bedoelt u? Geef het nummer of het INSZ.`,
  personsNear: ({ named, candidates }) =>
    candidates.length === 1
      ? `Geen gebruiker van uw entiteiten heet ${named}. Bedoelt u ${candidates[0]}? Antwoord ja, of geef het INSZ.`
      : `Geen gebruiker van uw entiteiten heet ${named}. Bedoelt u: ${candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}? Geef het nummer, of het INSZ van de persoon.`,
  nissTaken: ({ niss, person }) => (person ? `${person} (INSZ ${niss}): genoteerd.` : `INSZ ${niss}: genoteerd.`),
  nissNotForRefusedEntity: ({ niss, entity }) =>
    `INSZ ${niss}: genoteerd voor een aanvraag in een van uw entiteiten, niet in ${entity}. Is deze persoon geen gebruiker van uw entiteiten, dan toon ik niets van wat een andere entiteit over haar weet, en voeg ik haar alleen aan een van uw entiteiten toe als u dat vraagt: kies welke, of zeg „annuleren”.`,
  statusNameNear: ({ name, candidates, waiting }) =>
    `Geen gebruiker van uw entiteiten heet ${name}. Bedoelt u ${candidates.length === 1 ? candidates[0] : candidates.map((c, i) => `${i + 1}. ${c}`).join('; ')}?` +
    (waiting ? ' Vraag het me opnieuw met de juiste naam of het INSZ.' : candidates.length === 1 ? ' Antwoord ja om de toegang te zien, of geef het INSZ.' : ' Geef de naam van de persoon of het INSZ.'),
  statusNameUnknown: ({ name }) => `Geen gebruiker van uw entiteiten heet ${name}: geef het INSZ (11 cijfers), dan kijk ik de toegang na.`,
  statusNameSeveral: ({ name }) => `Meerdere gebruikers van uw entiteiten heten ${name}: geef het INSZ (11 cijfers) van de persoon, dan kijk ik de toegang na.`,
  statusWhom: () => `Over wie gaat het? In deze aanvraag is nog geen persoon gegeven: geef het INSZ (11 cijfers) of de naam, dan kijk ik de toegang na.`,
  personNotNamed: ({ named }) => `Let op: dit INSZ is niet dat van ${named}.`,
  personReplacedByName: ({ named }) => `Begrepen: de aanvraag is nu voor ${named}.`,
  noneOfThem: () => `Geen van hen dus: geef me het INSZ van de persoon die u bedoelt, of zeg „annuleren”.`,
  choiceDeclined: () => `Geen van deze? Kies er een uit de lijst, of zeg „annuleren” om de aanvraag te stoppen.`,
  changeTaken: ({ changes }) => `Begrepen: ${joinList(changes.map(changeNl), L)}.`,
  personElsewhere: ({ niss, entity }) =>
    `Het INSZ ${niss} is dat van een gebruiker van een andere entiteit: zijn gegevens toon ik niet. Hij wordt met de toegang toegevoegd aan ${entity}.`,
  requestSetAside: ({ applications, person }) =>
    `Ik laat de lopende aanvraag (${joinList(applications.map((a) => a.nl), L) || 'zonder toepassing'}${person ? ` voor ${person}` : ''}) rusten: er is niets geregistreerd. Hier is de nieuwe aanvraag.`,
  applicationReadAs: ({ items }) => `Ik las ${joinList(items.map((i) => `„${i.text}” als ${i.names.nl}`), L)}: zeg het als dat niet klopt.`,
  dateReadAhead: ({ items }) => `Ik las ${joinList(items.map((i) => `„${i.said}” als ${formatDate(i.date, L)}`), L)}: zeg het als dat niet klopt.`,
  takenAside: ({ startDate, endDate, applications, fn, person, role }) =>
    `Genoteerd: ${[startDate && `vanaf ${formatDate(startDate, L)}`, endDate && `tot ${formatDate(endDate, L)}`, applications.length > 0 && joinList(applications.map((a) => a.nl), L),
      fn && `de functie „${fn.nl}”`, role && (role === 'doctor' ? '(specialist-)arts' : 'ziekenhuisapotheker'), person && `voor ${person}`].filter(Boolean).join(', ')}.`,
  applicationsTaken: ({ applications }) => `${joinList(applications.map((a) => a.nl), L)}: genoteerd.`,
  applicationsReplaced: ({ removed, added }) => `${joinList(added.map((a) => a.nl), L)} vervangt ${joinList(removed.map((a) => a.nl), L)} in de aanvraag.`,
  revokeHowTo: ({ applications }) =>
    `Om een toegang in te trekken (${joinList(applications.map((a) => a.nl), L)}) heb ik het INSZ van de persoon nodig, bijvoorbeeld „trek ${applications[0]?.nl ?? 'HospiSup'} in voor 80051512375”.`,
  storeUnavailable: ({ problem }) =>
    `${
      ({
        busy: `De database is bezet door een andere bewerking`,
        full: `De schijf van de server is vol`,
        readonly: `De database is alleen-lezen`,
        other: `De database is niet beschikbaar`,
      })[problem]
    }: ik kon het vervolg van ons gesprek niet registreren. Stuur uw laatste antwoord zo meteen opnieuw (niets wordt ooit twee keer gedaan); als het blijft duren, verwittig de support.`,
  notUnderstood: () => `Ik heb het niet begrepen.`,
  yes: () => 'Ja',
  no: () => 'Nee',
  roleDoctor: () => 'Arts (specialist)',
  rolePharmacist: () => 'Ziekenhuisapotheker',
  roleCollaborator: () => 'Medewerker',
  skip: () => 'Geen',
  skipTitle: () => 'Geen',
  languageName: ({ language }) => ({ fr: 'Frans', nl: 'Nederlands', de: 'Duits', en: 'Engels' })[language],
  entityLabel: ({ entity, inami }) => `${entity} (RIZIV ${inami})`,
  cardSubmit: () => 'Bevestigen',
  cardConfirm: () => 'Bevestigen',
  cardChange: () => 'Wijzigen',
  cardCancel: () => 'Annuleren',
  cardRequired: () => 'Kies minstens één antwoord.',
  cardDecided: ({ outcome, by, when }) =>
    outcome === 'confirmed'
      ? `✓ Bevestigd door ${by} op ${at(when)} (Brusselse tijd).`
      : outcome === 'cancelled'
        ? `✗ Geannuleerd door ${by} op ${at(when)} (Brusselse tijd): er is niets geregistreerd.`
        : `Vervangen door een recentere samenvatting, verderop.`,
  cardChoiceLabel: () => 'Uw keuze',
  cardStartDateLabel: () => 'Begindatum',
  cardEndDateLabel: () => 'Einddatum',
  cardOutdated: () => 'Deze kaart is niet meer actueel: deze klik heeft niets gedaan.',
};

/** The lines of a summary, as asked before confirmation and as kept on the card once decided. */
function summaryLines(s: Summary): string {
  return bullet([
    `Entiteit: ${s.entity} (RIZIV-nummer ${s.inami})`,
    `Hoedanigheid: ${s.quality.nl}${s.activateQuality ? ' (wordt geactiveerd)' : ''}`,
    s.person.isNew
      ? `Nieuwe gebruiker: ${s.person.name}, gebruikersnaam ${s.person.username}, ${s.person.email}`
      : `Gebruiker: ${s.person.name}${s.person.elsewhere ? ` (gebruiker van een andere entiteit, wordt toegevoegd aan ${s.entity})` : s.person.joins ? ` (${s.person.username}; nog geen gebruiker van deze entiteit: wordt toegevoegd aan ${s.entity})` : ` (${s.person.username})`}`,
    `${word(s.applications.length, L, 'Toepassing', 'Toepassingen')}: ${joinList(s.applications.map((a) => a.nl), L)}`,
    ...(s.alreadyHeld.length ? [`Al in bezit, er verandert niets: ${joinList(s.alreadyHeld.map((a) => a.nl), L)}`] : []),
    ...(s.fn
      ? [`Functie: ${s.fn.names.nl} vanaf ${formatDate(s.fn.startDate, L)}${s.fn.endDate ? ` tot ${formatDate(s.fn.endDate, L)}` : ', zonder einddatum'}`]
      : []),
    ...(s.dateSetAside ? [`Data: geen begin- of einddatum`] : []),
  ]);
}

/** A change at a confirmation, as a clause of "Begrepen: …". */
function changeNl(c: Change): string {
  switch (c.what) {
    case 'applications': return `de aanvraag gaat nu over ${joinList(c.applications.map((a) => a.nl), L)}`;
    case 'revoked': return `ik trek ${joinList(c.applications.map((a) => a.nl), L)} in`;
    case 'startDate': return `vanaf ${formatDate(c.date, L)}`;
    case 'endDate': return c.date ? `tot ${formatDate(c.date, L)}` : `zonder einddatum`;
    case 'lastDay': return `laatste dag ${formatDate(c.date, L)}`;
    case 'entity': return `voor ${c.entity}`;
    case 'quality': return `met de hoedanigheid „${c.quality.nl}”`;
    case 'function': return c.fn ? `met de functie „${c.fn.nl}”` : `zonder functie`;
    case 'role': return c.role === 'doctor' ? `(specialist-)arts` : `ziekenhuisapotheker`;
  }
}
