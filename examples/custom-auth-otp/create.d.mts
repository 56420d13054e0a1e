import type { CreateAuthChallengeTriggerHandler } from 'aws-lambda';

export declare function otpFor(userPoolId: string, userName: string, attempt: number): string;
export declare function mask(destination: string): string;
export declare const handler: CreateAuthChallengeTriggerHandler;
