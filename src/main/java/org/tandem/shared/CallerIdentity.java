package org.tandem.shared;

import java.util.UUID;

/**
 * What the web infrastructure of the kernel needs to know about an authenticated caller, without
 * depending on the people feature that defines the real principal.
 */
public interface CallerIdentity {

    UUID organizationId();

    UUID personId();
}
