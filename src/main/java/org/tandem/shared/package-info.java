/**
 * The deliberately small shared kernel: identifiers, domain exceptions, the problem-details mapping,
 * pagination and idempotency that every feature uses the same way.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.tandem.shared;
