package org.tandem.shared;

import java.util.List;
import java.util.Set;

/** A feature that adds entries to the main navigation for the roles that use it. */
public interface NavContributor {

    /** Lower comes first. */
    int order();

    List<Entry> entries(Set<String> roles);

    record Entry(String label, String href) {
    }
}
