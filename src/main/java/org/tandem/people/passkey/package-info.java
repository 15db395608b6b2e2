/**
 * Passkeys: registering them, signing in with them, and admins confirming a password sign-in with one, on Spring
 * Security's WebAuthn support over our own tables (docs/accounts-sso-passkeys.md, decision 0072).
 */
package org.tandem.people.passkey;
