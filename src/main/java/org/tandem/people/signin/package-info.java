/**
 * Keeping sign-in safe: the lockout and the per-address throttle counted in the database, the audit of
 * sign-ins, and page sessions that end with the account (and on "sign out everywhere").
 */
package org.tandem.people.signin;
