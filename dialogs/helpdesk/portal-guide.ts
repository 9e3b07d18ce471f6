import type { Locale, Names } from '../../src/domain/locale';

/**
 * The portal procedure of the hospital's own documents (shared/seeds: HospiSup, Colindos), one
 * step per message, for managers who must use the portal itself. {app} is the application's name.
 * Portal labels are quoted as the portal shows them in that language.
 */
export interface GuideStep {
  id: string;
  text: Names;
  /** Only when the application needs a function for collaborators (Colindos, Hospiliss). */
  onlyWithFunction?: true;
}

export const PORTAL_STEPS: readonly GuideStep[] = [
  {
    id: 'open',
    text: {
      fr: `Ouvrez « Gestion des accès pour entreprises et organisations » sur le portail socialsecurity.be.`,
      nl: `Open "Toegangsbeheer voor ondernemingen en organisaties" op het portaal socialsecurity.be.`,
      de: `Öffnen Sie „Zugriffsverwaltung für Unternehmen und Organisationen“ auf dem Portal socialsecurity.be.`,
      en: `Open "Access management for companies and organisations" on the socialsecurity.be portal.`,
    },
  },
  {
    id: 'accessButton',
    text: {
      fr: `Cliquez sur le bouton « Gestion des accès ».`,
      nl: `Klik op de knop "Toegangsbeheer".`,
      de: `Klicken Sie auf die Schaltfläche „Zugriffsverwaltung“.`,
      en: `Click the "Access management" button.`,
    },
  },
  {
    id: 'login',
    text: {
      fr: `Connectez-vous : carte d'identité électronique (eID), itsme, code unique d'une application mobile, token ou codes d'accès.`,
      nl: `Meld u aan: elektronische identiteitskaart (eID), itsme, eenmalige code van een mobiele app, token of toegangscodes.`,
      de: `Melden Sie sich an: elektronischer Personalausweis (eID), itsme, Einmalcode einer Mobil-App, Token oder Zugangscodes.`,
      en: `Log in: electronic identity card (eID), itsme, one-time code from a mobile app, token or access codes.`,
    },
  },
  {
    id: 'organisation',
    text: {
      fr: `Choisissez l'organisation dans la liste (par exemple « Hôpitaux IRIS Sud; N° INAMI: 710087-50 »), puis cliquez sur le lien de votre rôle (Responsable, Co-Responsable ou Gestionnaire d'accès).`,
      nl: `Kies de organisatie in de lijst (bijvoorbeeld "Hôpitaux IRIS Sud; RIZIV-nr: 710087-50") en klik op de link van uw rol (Verantwoordelijke, Co-verantwoordelijke of Toegangsbeheerder).`,
      de: `Wählen Sie die Organisation in der Liste (zum Beispiel „Hôpitaux IRIS Sud; LIKIV-Nr.: 710087-50“) und klicken Sie auf den Link Ihrer Rolle (Verantwortlicher, Co-Verantwortlicher oder Zugangsverwalter).`,
      en: `Choose the organisation in the list (for example "Hôpitaux IRIS Sud; NIHDI no.: 710087-50"), then click the link of your role (Access Manager, Co-Manager or Access Administrator).`,
    },
  },
  {
    id: 'quality',
    text: {
      fr: `Dans la « Liste des qualités », choisissez « Prestataire de soins: hôpital ». Si elle n'est pas active, cochez « Activer la qualité ». Cliquez sur « Suivant ».`,
      nl: `Kies in de "Lijst van hoedanigheden" "Zorgverlener: ziekenhuis". Is ze niet actief, vink dan "Hoedanigheid activeren" aan. Klik op "Volgende".`,
      de: `Wählen Sie in der „Liste der Eigenschaften“ „Pflegeerbringer: Krankenhaus“. Ist sie nicht aktiv, kreuzen Sie „Eigenschaft aktivieren“ an. Klicken Sie auf „Weiter“.`,
      en: `In the "List of qualities", choose "Healthcare provider: hospital". If it is not active, tick "Activate the quality". Click "Next".`,
    },
  },
  {
    id: 'user',
    text: {
      fr: `Cherchez la personne dans la liste des utilisateurs (filtres Nom, Prénom, NISS…) et cliquez sur la première icône sous « Action ». Si elle n'y est pas, tapez son NISS sous « Ajouter un utilisateur » et cliquez sur « Suivant » : remplissez le nom d'utilisateur (deux fois), le mot de passe (deux fois), le nom, le prénom et l'adresse e-mail.`,
      nl: `Zoek de persoon in de gebruikerslijst (filters Naam, Voornaam, INSZ…) en klik op het eerste pictogram onder "Actie". Staat ze er niet in, typ dan haar INSZ onder "Een gebruiker toevoegen" en klik op "Volgende": vul de gebruikersnaam (twee keer), het wachtwoord (twee keer), naam, voornaam en e-mailadres in.`,
      de: `Suchen Sie die Person in der Benutzerliste (Filter Name, Vorname, ENSS…) und klicken Sie auf das erste Symbol unter „Aktion“. Ist sie nicht dabei, geben Sie ihre ENSS unter „Benutzer hinzufügen“ ein und klicken Sie auf „Weiter“: Benutzername (zweimal), Passwort (zweimal), Name, Vorname und E-Mail-Adresse ausfüllen.`,
      en: `Find the person in the user list (filters Last name, First name, NISS…) and click the first icon under "Action". If they are not there, type their NISS under "Add a user" and click "Next": fill in the username (twice), the password (twice), last name, first name and e-mail address.`,
    },
  },
  {
    id: 'application',
    text: {
      fr: `Sous « Applications sécurisées », cochez « {app} » et enregistrez.`,
      nl: `Vink onder "Beveiligde toepassingen" "{app}" aan en sla op.`,
      de: `Kreuzen Sie unter „Gesicherte Anwendungen“ „{app}“ an und speichern Sie.`,
      en: `Under "Secured applications", tick "{app}" and save.`,
    },
  },
  {
    id: 'confirm',
    text: {
      fr: `Vérifiez le récapitulatif et cliquez sur « Confirmer ». L'accès sera actif dans un délai de 20 minutes au plus.`,
      nl: `Controleer het overzicht en klik op "Bevestigen". De toegang is actief binnen maximaal 20 minuten.`,
      de: `Prüfen Sie die Übersicht und klicken Sie auf „Bestätigen“. Der Zugang ist nach höchstens 20 Minuten aktiv.`,
      en: `Check the summary and click "Confirm". The access will be active within 20 minutes at most.`,
    },
  },
  {
    id: 'functionWho',
    onlyWithFunction: true,
    text: {
      fr: `Un médecin(-spécialiste) ou un pharmacien hospitalier n'a besoin de rien d'autre : c'est terminé. Pour un collaborateur de l'un d'eux, allez dans le menu « Gestion Qualité » > « Fonctions et hiérarchie de responsabilité ».`,
      nl: `Een arts(-specialist) of ziekenhuisapotheker heeft niets meer nodig: klaar. Voor een medewerker van een van hen, ga naar het menu "Beheer hoedanigheid" > "Functies en verantwoordelijkheidshiërarchie".`,
      de: `Ein (Fach-)Arzt oder Krankenhausapotheker braucht nichts weiter: fertig. Für einen Mitarbeiter eines von ihnen gehen Sie ins Menü „Verwaltung Eigenschaft“ > „Funktionen und Verantwortungshierarchie“.`,
      en: `A (specialist) doctor or hospital pharmacist needs nothing more: you are done. For a collaborator of one of them, go to the menu "Quality management" > "Functions and responsibility hierarchy".`,
    },
  },
  {
    id: 'functionPerson',
    onlyWithFunction: true,
    text: {
      fr: `Dans « Aperçu des personnes et des fonctions », cliquez sur la première icône à droite du collaborateur.`,
      nl: `Klik in "Overzicht van personen en functies" op het eerste pictogram rechts van de medewerker.`,
      de: `Klicken Sie in „Übersicht der Personen und Funktionen“ auf das erste Symbol rechts neben dem Mitarbeiter.`,
      en: `In "Overview of people and functions", click the first icon to the right of the collaborator.`,
    },
  },
  {
    id: 'functionChoose',
    onlyWithFunction: true,
    text: {
      fr: `Choisissez « collaborateur médecin-spécialiste » ou « collaborateur pharmacien hospitalier » dans le menu déroulant, indiquez la date de début (jj-mm-aaaa) et cliquez sur « Ajouter ».`,
      nl: `Kies "medewerker arts-specialist" of "medewerker ziekenhuisapotheker" in het keuzemenu, geef de begindatum (dd-mm-jjjj) en klik op "Toevoegen".`,
      de: `Wählen Sie „Mitarbeiter Facharzt“ oder „Mitarbeiter Krankenhausapotheker“ im Auswahlmenü, geben Sie das Anfangsdatum (TT-MM-JJJJ) ein und klicken Sie auf „Hinzufügen“.`,
      en: `Choose "specialist doctor collaborator" or "hospital pharmacist collaborator" in the drop-down menu, enter the start date (dd-mm-yyyy) and click "Add".`,
    },
  },
  {
    id: 'functionCheck',
    onlyWithFunction: true,
    text: {
      fr: `La fonction apparaît sous « Fonctions exercées » avec sa date de début. Elle sera active dans un délai de 20 minutes au plus, pas avant sa date de début.`,
      nl: `De functie verschijnt onder "Uitgeoefende functies" met haar begindatum. Ze is actief binnen maximaal 20 minuten, niet vóór haar begindatum.`,
      de: `Die Funktion erscheint unter „Ausgeübte Funktionen“ mit ihrem Anfangsdatum. Sie ist nach höchstens 20 Minuten aktiv, nicht vor ihrem Anfangsdatum.`,
      en: `The function appears under "Functions held" with its start date. It will be active within 20 minutes at most, not before its start date.`,
    },
  },
];

/** The steps for one application: the function steps only when its collaborators need one. */
export function guideSteps(needsFunction: boolean): GuideStep[] {
  return PORTAL_STEPS.filter((s) => needsFunction || !s.onlyWithFunction);
}

export function stepText(step: GuideStep, locale: Locale, appName: string): string {
  return step.text[locale].replace('{app}', appName);
}
