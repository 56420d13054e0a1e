import { describe, expect, it } from 'vitest';
import * as harness from '../../src/harness.js';

describe('cognito-trigger-kit/harness', () => {
  it('exports exactly its documented runtime API', () => {
    expect(Object.keys(harness).sort()).toEqual(
      [
        'COGNITO_TIMEOUT_MS',
        'TOKEN_PLACEHOLDERS',
        'UNREADABLE_ERROR_MESSAGE',
        'UNSERIALIZABLE_OUTPUT_MESSAGE',
        'classifyThrown',
        'cognitoErrorFor',
        'createLambdaContext',
        'formatOutcome',
        'invokeHandler',
        'lambdaErrorMessage',
        'previewTokens',
        'requestIdFor',
      ].sort(),
    );
  });
});
