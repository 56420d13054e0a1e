import type { PreSignUpTriggerEvent } from 'aws-lambda';

export declare const handler: (event: PreSignUpTriggerEvent) => Promise<PreSignUpTriggerEvent>;
