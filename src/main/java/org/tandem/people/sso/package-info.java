/**
 * Single sign-on with the organization's OpenID Connect provider: on when {@code tandem.oidc.*} is set, matching a
 * person by the email the provider verified (docs/accounts-sso-passkeys.md, decision 0072).
 */
package org.tandem.people.sso;
