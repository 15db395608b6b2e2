package org.tandem.people.privacy;

import java.util.UUID;

/** The person an export or erasure is about, as they are before erasure changes their name and email. */
public record Subject(UUID organization, UUID person, String email, String displayName) {
}
