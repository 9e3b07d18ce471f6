import type { GrantContext } from './grant-access.types';

/** What a request needs beyond its applications, read from the context alone (the machine and the reader share it). */

export const chosenNeedFunction = (c: GrantContext) => c.applications.some((a) => c.chosen.includes(a.code) && a.needsFunction);
export const heldFunction = (c: GrantContext) => c.person?.functions.find((f) => f.qualityId === c.quality?.id);
/** A function is part of the request only when a chosen application needs one and the person has none yet. */
export const functionInPlay = (c: GrantContext) => chosenNeedFunction(c) && !heldFunction(c);
/** A start or end date can only be the function's: without a function in play, it is not used. */
export const isDateUsed = (c: GrantContext) => functionInPlay(c) && c.role === 'collaborator';
/** Whether it is already known that no date will be used: applications chosen, and none needs a function of this person. */
export const isDateKnownUnused = (c: GrantContext) =>
  c.quality !== null && c.chosen.length > 0 && (!functionInPlay(c) || c.role === 'doctor' || c.role === 'pharmacist');
/** The applications of the request the person already holds in its qualité. */
export const heldApplications = (c: GrantContext) =>
  c.chosen.filter((code) => c.person?.holdings.some((h) => h.code === code && h.qualityId === c.quality?.id));
