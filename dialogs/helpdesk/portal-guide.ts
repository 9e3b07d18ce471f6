/**
 * The portal procedure of the hospital's own documents (shared/seeds: HospiSup, Colindos), one
 * step per message, for managers who must use the portal itself. The text of each step, in each
 * language, is in src/i18n/guide.<lang>.ts.
 */
export type GuideStepId =
  | 'open'
  | 'accessButton'
  | 'login'
  | 'organisation'
  | 'quality'
  | 'user'
  | 'application'
  | 'confirm'
  | 'functionWho'
  | 'functionPerson'
  | 'functionChoose'
  | 'functionCheck';

export interface GuideStep {
  id: GuideStepId;
  /** Only when the application needs a function for collaborators (Colindos, Hospiliss). */
  onlyWithFunction?: true;
}

export const PORTAL_STEPS: readonly GuideStep[] = [
  { id: 'open' },
  { id: 'accessButton' },
  { id: 'login' },
  { id: 'organisation' },
  { id: 'quality' },
  { id: 'user' },
  { id: 'application' },
  { id: 'confirm' },
  { id: 'functionWho', onlyWithFunction: true },
  { id: 'functionPerson', onlyWithFunction: true },
  { id: 'functionChoose', onlyWithFunction: true },
  { id: 'functionCheck', onlyWithFunction: true },
];

/** The steps for one application: the function steps only when its collaborators need one. */
export function guideSteps(needsFunction: boolean): GuideStep[] {
  return PORTAL_STEPS.filter((s) => needsFunction || !s.onlyWithFunction);
}
