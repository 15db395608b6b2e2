package org.tandem.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A personal access token as listed: never the secret itself, which is shown once and stored hashed.
 * {@code lastUsedAt} is kept to the hour: the first call in an hour records itself, later ones in that hour do not.
 */
public record ApiToken(UUID id, String name, Instant createdAt, LocalDate expiresOn, Instant lastUsedAt) {
}
