import type { DefineAuthChallengeTriggerHandler } from 'aws-lambda';

export declare const MAX_ATTEMPTS: number;
export declare const handler: DefineAuthChallengeTriggerHandler;
