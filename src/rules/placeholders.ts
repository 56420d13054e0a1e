/**
 * The placeholders a custom message event names (sheet §3.8): Cognito replaces them in the
 * handler's message with the code and the username. The docs advise reading them from the request
 * rather than hard-coding `{####}` and `{username}`; the rules and the output generators both read
 * them here.
 */
import { isObj } from './json.js';

/**
 * The code placeholder real events carry.
 *
 * @example
 * smsMessage.includes(DEFAULT_CODE_PLACEHOLDER)
 */
export const DEFAULT_CODE_PLACEHOLDER = '{####}';
/**
 * The username placeholder real AdminCreateUser events carry.
 *
 * @example
 * smsMessage.includes(DEFAULT_USERNAME_PLACEHOLDER)
 */
export const DEFAULT_USERNAME_PLACEHOLDER = '{username}';
/**
 * A link-verification placeholder, `{##Click Here##}`: accepted instead of the code in sign-up emails.
 *
 * @example
 * LINK_PLACEHOLDER.test('Click {##Verify Email##}') // true
 */
export const LINK_PLACEHOLDER = /\{##[^#]+##\}/;

const requestOf = (event: unknown): Record<string, unknown> => (isObj(event) && isObj(event.request) ? event.request : {});

/**
 * The code placeholder of an event (`request.codeParameter`, else `{####}`).
 *
 * @example
 * codePlaceholder({ request: { codeParameter: '{####}' } }) // '{####}'
 */
export function codePlaceholder(event: unknown): string {
  const p = requestOf(event).codeParameter;
  return typeof p === 'string' && p !== '' ? p : DEFAULT_CODE_PLACEHOLDER;
}

/**
 * The username placeholder of an event (`request.usernameParameter`, else `{username}`).
 *
 * @example
 * usernamePlaceholder({ request: { usernameParameter: null } }) // '{username}'
 */
export function usernamePlaceholder(event: unknown): string {
  const p = requestOf(event).usernameParameter;
  return typeof p === 'string' && p !== '' ? p : DEFAULT_USERNAME_PLACEHOLDER;
}
