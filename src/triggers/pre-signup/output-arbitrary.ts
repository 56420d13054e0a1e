/**
 * Pre sign-up outputs: booleans, auto-verification only for an attribute the user has, no flag on
 * AdminCreateUser; invalid ones break one of those.
 */
import fc from 'fast-check';
import { nonEmptyString } from '../../rules/values.js';
import { optionalField, record, type OutputGenContext, type ResponseGenerators } from '../../rules/arbitrary.js';

const ADMIN = 'PreSignUp_AdminCreateUser';
const has = (g: OutputGenContext, attribute: string): boolean => nonEmptyString(g.request.userAttributes, attribute) !== undefined;
const flag = (key: string, canBeTrue: boolean) => optionalField(key, canBeTrue ? fc.boolean() : fc.constant(false));

/**
 * Generators of pre sign-up responses.
 *
 * @example
 * fc.sample(PRE_SIGNUP_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-pre-sign-up.html
 */
export const PRE_SIGNUP_OUTPUTS: ResponseGenerators = {
  clean: (g) => {
    const admin = g.triggerSource === ADMIN;
    return record(flag('autoConfirmUser', !admin), flag('autoVerifyEmail', !admin && has(g, 'email')), flag('autoVerifyPhone', !admin && has(g, 'phone_number')));
  },
  invalid: [
    {
      what: 'flag-not-boolean',
      response: () =>
        fc
          .tuple(fc.constantFrom('autoConfirmUser', 'autoVerifyEmail', 'autoVerifyPhone'), fc.constantFrom<unknown>('true', 'false', 1, 0, null, 'yes'))
          .map(([key, value]) => ({ autoConfirmUser: false, autoVerifyEmail: false, autoVerifyPhone: false, [key]: value })),
    },
    {
      what: 'auto-verify-email-without-email',
      applies: (g) => g.triggerSource !== ADMIN && !has(g, 'email'),
      response: () => record(fc.constant({ autoVerifyEmail: true, autoVerifyPhone: false }), flag('autoConfirmUser', true)),
    },
    {
      what: 'auto-verify-phone-without-phone',
      applies: (g) => g.triggerSource !== ADMIN && !has(g, 'phone_number'),
      response: () => record(fc.constant({ autoVerifyPhone: true, autoVerifyEmail: false }), flag('autoConfirmUser', true)),
    },
    {
      what: 'flags-ignored',
      applies: (g) => g.triggerSource === ADMIN,
      response: () =>
        fc
          .tuple(fc.boolean(), fc.boolean(), fc.boolean())
          .filter((flags) => flags.some(Boolean))
          .map(([autoConfirmUser, autoVerifyEmail, autoVerifyPhone]) => ({ autoConfirmUser, autoVerifyEmail, autoVerifyPhone })),
    },
  ],
};
