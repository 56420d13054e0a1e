import type { UserMigrationTriggerEvent } from 'aws-lambda';

export interface LegacyUser {
  email: string;
  passwordSha256: string;
  phone?: string;
}
export interface LegacyDirectory {
  find(userName: string): Promise<LegacyUser | undefined>;
}
export declare const legacyDirectory: LegacyDirectory;
export declare function createMigrationHandler(directory?: LegacyDirectory): (event: UserMigrationTriggerEvent) => Promise<UserMigrationTriggerEvent>;
export declare const handler: ReturnType<typeof createMigrationHandler>;
