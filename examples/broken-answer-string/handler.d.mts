import type { VerifyAuthChallengeResponseTriggerEvent } from 'aws-lambda';

export declare const handler: (event: VerifyAuthChallengeResponseTriggerEvent) => Promise<VerifyAuthChallengeResponseTriggerEvent>;
