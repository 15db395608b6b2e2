package org.tandem.notify;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.people.Actor;
import org.tandem.people.OrganizationId;
import org.tandem.people.PeopleService;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.shared.Links;

/**
 * Each person's secret calendar address. The token (256 random bits) is the whole credential, so it is
 * kept to be shown again; rotating replaces it and the old address answers 404 from then on. The feed
 * merges the entries of every {@link CalendarSource}.
 */
@Service
class Calendars {

    private static final Logger log = LoggerFactory.getLogger(Calendars.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CalendarRepository feeds;
    private final ObjectProvider<CalendarSource> sources;
    private final PeopleService people;
    private final Clock clock;
    private final Links links;

    Calendars(CalendarRepository feeds, ObjectProvider<CalendarSource> sources, PeopleService people, Clock clock,
            Links links) {
        this.feeds = feeds;
        this.sources = sources;
        this.people = people;
        this.clock = clock;
        this.links = links;
    }

    /** The caller's feed address, created on first request. */
    @Transactional
    String url(Actor actor) {
        String token = feeds.tokenOf(actor.organizationId().value(), actor.personId().value())
                .orElseGet(() -> issue(actor));
        return address(token);
    }

    @Transactional
    String rotate(Actor actor) {
        return address(issue(actor));
    }

    /** The feed behind a token, or empty when the token is unknown (rotated, or never issued). */
    Optional<String> feed(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        return feeds.ownerOf(token).flatMap(owner -> {
            var organization = new OrganizationId(owner.value1());
            var person = new PersonId(owner.value2());
            return people.find(organization, person).filter(Person::active)
                    .map(p -> CalendarFeed.write("Tandem: " + p.displayName(), p.timeZone(), entries(organization, person)));
        });
    }

    List<CalendarEntry> entries(OrganizationId organization, PersonId person) {
        List<CalendarEntry> entries = new ArrayList<>();
        sources.orderedStream().forEach(source -> {
            try {
                entries.addAll(source.entriesFor(organization, person));
            } catch (RuntimeException e) {
                // One feature failing must not empty everybody's calendar of the others' entries.
                log.warn("Calendar source {} failed for person {}", source.getClass().getSimpleName(), person, e);
            }
        });
        return entries;
    }

    private String issue(Actor actor) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        feeds.replace(actor.organizationId().value(), actor.personId().value(), token, clock.instant());
        return token;
    }

    private String address(String token) {
        return links.absolute(CalendarFeedController.FEED.replace("{token}", token));
    }
}
