/** The matchers are typed through vitest's `Matchers` interface once the module is imported. */
import { expect, expectTypeOf, test } from 'vitest';
import '../../src/vitest.js';
import type { ValidateOptions } from '../../src/validation/validate.js';

test('the matchers exist on expect(...) with typed arguments', () => {
  expectTypeOf(expect({}).toSatisfyCognitoContract).toBeFunction();
  expectTypeOf(expect({}).not.toPreserveGroups).toBeFunction();
  expectTypeOf(expect({}).toBeValidCognitoEvent).parameter(0).toEqualTypeOf<ValidateOptions | undefined>();
  // @ts-expect-error emailSendingAccount is COGNITO_DEFAULT or DEVELOPER
  expect({}).toSatisfyCognitoContract({}, { emailSendingAccount: 'SES' });
  // @ts-expect-error the challenge name is a string
  expect({}).toRequestChallenge({}, 42);
  // @ts-expect-error the claims are a list of names
  expect({}).toLeaveClaimsUntouched({}, 'email');
});
