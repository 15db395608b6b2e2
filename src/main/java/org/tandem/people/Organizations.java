package org.tandem.people;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.shared.Ids;
import org.tandem.shared.InvalidInputException;

/** Creates organizations; the first one, slug {@value #DEFAULT_SLUG}, is where bootstrap and demo people go. */
@Service
public class Organizations {

    public static final String DEFAULT_SLUG = "default";

    private final OrganizationRepository organizations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Organizations(OrganizationRepository organizations, ApplicationEventPublisher events, Clock clock) {
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Organization create(String name, String slug) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required");
        }
        String normalized = slug.toLowerCase(Locale.ROOT);
        if (organizations.findBySlug(normalized).isPresent()) {
            throw new InvalidInputException("slug", "'" + normalized + "' is taken");
        }
        var organization = new Organization(new OrganizationId(Ids.next()), name.trim(), normalized, clock.instant());
        organizations.insert(organization);
        events.publishEvent(new OrganizationCreated(organization.id(), organization.name(), organization.createdAt()));
        return organization;
    }

    @Transactional
    public Organization defaultOrganization() {
        return organizations.findBySlug(DEFAULT_SLUG).orElseGet(() -> create("Tandem", DEFAULT_SLUG));
    }

    public Optional<Organization> findBySlug(String slug) {
        return organizations.findBySlug(slug.toLowerCase(Locale.ROOT));
    }

    public Optional<Organization> find(OrganizationId id) {
        return organizations.find(id);
    }
}
