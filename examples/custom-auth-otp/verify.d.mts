import type { VerifyAuthChallengeResponseTriggerHandler } from 'aws-lambda';

export declare const handler: VerifyAuthChallengeResponseTriggerHandler;
