import type { PostAuthenticationTriggerEvent } from 'aws-lambda';

export declare function createAuditHandler(write?: (line: string) => void): (event: PostAuthenticationTriggerEvent) => Promise<PostAuthenticationTriggerEvent>;
export declare const handler: ReturnType<typeof createAuditHandler>;
