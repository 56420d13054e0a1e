/**
 * Pre sign-up: people signing up with an address at one of the company's domains are confirmed
 * at once and their email marked verified; sign-ups from throwaway-mail domains are refused; the
 * rest go through the normal confirmation code.
 *
 * Email may be missing (phone sign-ups, some identity providers), and on AdminCreateUser Cognito
 * ignores the three flags, so the handler leaves them alone there.
 */
import type { PreSignUpTriggerHandler } from 'aws-lambda';

export const TRUSTED_DOMAINS: ReadonlySet<string> = new Set(['example.com', 'example.org']);
export const BLOCKED_DOMAINS: ReadonlySet<string> = new Set(['mailinator.com', 'trashmail.com']);

/** The domain of an address, lower-cased; undefined when there is no usable address. */
export function domainOf(email: string | undefined): string | undefined {
  if (!email) return undefined;
  const at = email.lastIndexOf('@');
  return at > 0 && at < email.length - 1 ? email.slice(at + 1).toLowerCase() : undefined;
}

export const handler: PreSignUpTriggerHandler = async (event) => {
  const domain = domainOf(event.request.userAttributes.email);
  if (domain !== undefined && BLOCKED_DOMAINS.has(domain)) {
    // A deliberate denial: the client sees "PreSignUp failed with error Please sign up with …".
    throw new Error('Please sign up with a permanent email address.');
  }
  if (event.triggerSource !== 'PreSignUp_AdminCreateUser' && domain !== undefined && TRUSTED_DOMAINS.has(domain)) {
    event.response.autoConfirmUser = true;
    event.response.autoVerifyEmail = true;
  }
  return event;
};
