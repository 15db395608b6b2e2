/**
 * Organizations, the people in them with their roles, and how they sign in: form login for pages, HTTP
 * Basic or personal access tokens for the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.tandem.people;
