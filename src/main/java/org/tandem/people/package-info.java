/**
 * Organizations, the people in them with their roles, and how they sign in: form login for pages (plus single
 * sign-on in {@code sso} and passkeys in {@code passkey}), HTTP Basic or personal access tokens for the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tandem.people;
