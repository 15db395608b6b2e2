package org.tandem.people;

import java.util.Map;

/**
 * Features that hold personal data contribute their part of a person's export and take part in erasure,
 * so the people feature can answer for all of them without knowing them.
 */
public interface PersonalDataContributor {

    /** A short key for this feature's section of the export, e.g. {@code "mentorships"}. */
    String section();

    Object export(OrganizationId organization, PersonId person);

    default void erase(OrganizationId organization, PersonId person) {
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
