/**
 * What the three custom-auth triggers share (sheet §3.5): the user (or a user not found), the
 * session, and `clientMetadata`, which only (Admin)RespondToAuthChallenge passes, so the first
 * round of a flow (from InitiateAuth) never has it.
 */
import fc from 'fast-check';
import { KitUsageError } from '../errors.js';
import { type CallerContext, type SourcePlan, type Subject, callerContextArb, metadataFieldArb, subjectArb } from './event.js';
import { type SessionEntry, challengeSessionArbFor, isFirstRound } from './challenge-session.js';
import type { MetadataValue } from './metadata.js';
import type { UserStatus } from './user.js';

/** The parts of a custom-auth request every one of the three triggers has. */
export interface CustomAuthParts {
  readonly subject: Subject;
  readonly caller: CallerContext;
  readonly session: SessionEntry[];
  readonly clientMetadata: MetadataValue;
}

/** Users in a custom-auth flow: confirmed ones, and admin-created ones still on a temporary password (captured). */
const STATUSES: readonly UserStatus[] = ['CONFIRMED', 'CONFIRMED', 'CONFIRMED', 'FORCE_CHANGE_PASSWORD'];

/** Subject, caller, session and clientMetadata of a Define or Create event. */
export function customAuthPartsArb(plan: SourcePlan): fc.Arbitrary<CustomAuthParts> {
  if (plan.withClientMetadata === true && plan.session.max === 0) {
    throw new KitUsageError(
      'withClientMetadata: true needs maxSessionLength of at least 1: the first round (session []) comes from InitiateAuth, whose ClientMetadata never reaches the custom-auth triggers',
      'withClientMetadata',
      'impossible-constraint',
    );
  }
  return fc
    .tuple(
      subjectArb(plan, { statuses: plan.profile === 'realistic' ? STATUSES : undefined }),
      callerContextArb(plan),
      challengeSessionArbFor(plan.profile, plan.session, plan.withClientMetadata !== true),
      metadataFieldArb(plan, 'clientMetadata'),
    )
    .map(([subject, caller, session, clientMetadata]) => ({
      subject,
      caller,
      session,
      clientMetadata: isFirstRound(session) && clientMetadata !== null && clientMetadata !== undefined ? undefined : clientMetadata,
    }));
}
