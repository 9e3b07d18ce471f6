import type { GuideCatalog } from './guide.catalog';

/** The portal procedure, one step a message; portal labels quoted as the portal shows them in this language. */
export const guideEn: GuideCatalog = {
  open: () =>
    `Open "Access management for companies and organisations" on the socialsecurity.be portal.`,
  accessButton: () =>
    `Click the "Access management" button.`,
  login: () =>
    `Log in: electronic identity card (eID), itsme, one-time code from a mobile app, token or access codes.`,
  organisation: () =>
    `Choose the organisation in the list (for example "Hôpitaux IRIS Sud; NIHDI no.: 710087-50"), then click the link of your role (Access Manager, Co-Manager or Access Administrator).`,
  quality: () =>
    `In the "List of qualities", choose "Healthcare provider: hospital". If it is not active, tick "Activate the quality". Click "Next".`,
  user: () =>
    `Find the person in the user list (filters Last name, First name, NISS…) and click the first icon under "Action". If they are not there, type their NISS under "Add a user" and click "Next": fill in the username (twice), the password (twice), last name, first name and e-mail address.`,
  application: ({ app }) =>
    `Under "Secured applications", tick "${app}" and save.`,
  confirm: () =>
    `Check the summary and click "Confirm". The access will be active within 20 minutes at most.`,
  functionWho: () =>
    `A (specialist) doctor or hospital pharmacist needs nothing more: you are done. For a collaborator of one of them, go to the menu "Quality management" > "Functions and responsibility hierarchy".`,
  functionPerson: () =>
    `In "Overview of people and functions", click the first icon to the right of the collaborator.`,
  functionChoose: () =>
    `Choose "specialist doctor collaborator" or "hospital pharmacist collaborator" in the drop-down menu, enter the start date (dd-mm-yyyy) and click "Add".`,
  functionCheck: () =>
    `The function appears under "Functions held" with its start date. It will be active within 20 minutes at most, not before its start date.`,
};
