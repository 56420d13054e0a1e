import type { PreTokenGenerationTriggerEvent, PreTokenGenerationV2TriggerEvent } from 'aws-lambda';

type PreTokenEvent = PreTokenGenerationTriggerEvent | PreTokenGenerationV2TriggerEvent;
export declare function createGroupsHandler(now?: () => number): <E extends PreTokenEvent>(event: E) => Promise<E>;
export declare const handler: ReturnType<typeof createGroupsHandler>;
