import type { CreateAuthChallengeTriggerEvent } from 'aws-lambda';

export interface CodeMessage {
  to: string;
  channel: 'email' | 'sms';
  code: string;
}
export declare const outbox: CodeMessage[];
export declare function createChallengeHandler(
  deliver?: (message: CodeMessage) => Promise<void>,
): (event: CreateAuthChallengeTriggerEvent) => Promise<CreateAuthChallengeTriggerEvent & { response: { publicChallengeParameters: Record<string, string>; privateChallengeParameters: Record<string, string> } }>;
export declare const handler: ReturnType<typeof createChallengeHandler>;
