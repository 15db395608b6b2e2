/** The goals' JSON API under {@code /api/v1}: controllers and the request and resource shapes they read and write. */
package org.tandem.goal.api;
