import type { PreTokenGenerationTriggerHandler } from 'aws-lambda';

export declare const handler: PreTokenGenerationTriggerHandler;
