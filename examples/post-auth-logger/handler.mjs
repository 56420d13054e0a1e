/**
 * Post authentication: writes one structured audit line per sign-in (who, which app client,
 * whether the device is new) and returns the event untouched, since Cognito reads nothing from
 * this trigger's response.
 *
 * The log level comes from LOG_LEVEL (`silent` turns the audit off, e.g. in CI).
 */

/** @param {(line: string) => void} write */
export function createAuditHandler(write = (line) => console.log(line)) {
  return async (event) => {
    if ((process.env.LOG_LEVEL ?? 'info') === 'silent') return event;
    const attributes = event.request.userAttributes;
    write(
      JSON.stringify({
        level: 'info',
        msg: 'sign-in',
        sub: attributes.sub ?? null,
        userName: event.userName,
        userPoolId: event.userPoolId,
        clientId: event.callerContext.clientId,
        newDevice: event.request.newDeviceUsed === true,
        federated: typeof attributes.identities === 'string',
      }),
    );
    return event;
  };
}

export const handler = createAuditHandler();
