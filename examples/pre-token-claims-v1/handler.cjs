/* global exports */
'use strict';
/**
 * Pre token generation (event version 1), written in the callback style many older functions
 * still use: adds the tenant and plan claims to the ID token and keeps the email address out of it
 * (the token travels to third-party front ends; the address stays available from userInfo).
 *
 * Version 1 claim values must be strings, so the plan is looked up as a string.
 */

// A Map, not an object literal: an attribute value such as "constructor" must not find a prototype member.
const PLAN_BY_TIER = new Map([
  ['0', 'free'],
  ['1', 'team'],
  ['2', 'enterprise'],
]);

exports.handler = function handler(event, context, callback) {
  const attributes = event.request.userAttributes || {};
  const claims = { 'tenant:plan': PLAN_BY_TIER.get(attributes['custom:tier']) || 'free' };
  const tenant = attributes['custom:tenant_id'];
  if (typeof tenant === 'string' && tenant !== '') claims['tenant:id'] = tenant;

  event.response.claimsOverrideDetails = {
    claimsToAddOrOverride: claims,
    claimsToSuppress: ['email', 'email_verified'],
  };
  callback(null, event);
};
