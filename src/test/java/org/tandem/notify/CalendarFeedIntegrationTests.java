package org.tandem.notify;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.World;

/** A person's feed through the API and the public address, read back by biweekly, a parser ical4j has nothing to do with. */
@NotifyIntegrationTest
class CalendarFeedIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api api;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        api = Api.at(port);
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        TestSources.ENTRIES.add(new TestSources.Owned(world.mentee().id(), CalendarEntry.timed("checkin-1@tandem", "Check-in with Mona",
                at, Duration.ofMinutes(45), ZoneId.of("Europe/Berlin"), false, 2, "Recap, review, plan")));
        TestSources.ENTRIES.add(new TestSources.Owned(world.mentee().id(), CalendarEntry.timed("checkin-0@tandem", "Check-in with Mona",
                at.minus(14, ChronoUnit.DAYS), Duration.ofMinutes(45), ZoneId.of("Europe/Berlin"), true, 1, null)));
        TestSources.ENTRIES.add(new TestSources.Owned(world.mentee().id(), CalendarEntry.allDay("action-7@tandem", "Due: draft the RFC",
                LocalDate.now().plusDays(5), ZoneId.of("Europe/Berlin"), false, 0, null)));
    }

    @AfterEach
    void tearDown() {
        TestSources.ENTRIES.clear();
    }

    @Test
    void theFeedParsesWithAnIndependentParserAndKeepsItsUidsAcrossFetches() {
        String url = api.as(world.mentee().email()).get("/api/v1/me/calendar").json().get("url").asString();
        String path = url.substring(url.indexOf("/calendar/"));

        var first = Api.at(port).get(path);
        var second = Api.at(port).get(path);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("text/calendar");
        ICalendar one = Biweekly.parse(first.body()).first();
        ICalendar two = Biweekly.parse(second.body()).first();
        // The check-in feature adds the mentee's real first check-in beside these test entries.
        assertThat(uids(one)).contains("checkin-1@tandem", "checkin-0@tandem", "action-7@tandem").hasSize(4).isEqualTo(uids(two));
        VEvent upcoming = event(one, "checkin-1@tandem");
        assertThat(upcoming.getSequence().getValue()).isEqualTo(2);
        assertThat(one.getTimezoneInfo().getTimezone(upcoming.getDateStart()).getComponent().getTimezoneId().getValue()).isEqualTo("Europe/Berlin");
        assertThat(first.body()).contains("DTSTART;TZID=Europe/Berlin:");
        assertThat(one.getTimezoneInfo().getComponents()).anySatisfy(tz -> assertThat(tz.getTimezoneId().getValue()).isEqualTo("Europe/Berlin"));
        assertThat(event(one, "checkin-0@tandem").getStatus().isCancelled()).isTrue();
        assertThat(event(one, "action-7@tandem").getDateStart().getValue().hasTime()).isFalse();
        assertThat(upcoming.getDateStart().getValue().toInstant()).isEqualTo(Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS));
    }

    @Test
    void rotatingTheAddressKillsTheOldOne() {
        var mentee = api.as(world.mentee().email());
        String old = mentee.get("/api/v1/me/calendar").json().get("url").asString();
        assertThat(mentee.get("/api/v1/me/calendar").json().get("url").asString()).isEqualTo(old);

        String fresh = mentee.post("/api/v1/me/calendar/rotate", "").json().get("url").asString();

        assertThat(fresh).isNotEqualTo(old);
        assertThat(Api.at(port).get(old.substring(old.indexOf("/calendar/"))).status()).isEqualTo(404);
        assertThat(Api.at(port).get(fresh.substring(fresh.indexOf("/calendar/"))).status()).isEqualTo(200);
    }

    @Test
    void anAddressNobodyWasGivenFindsNothing() {
        assertThat(Api.at(port).get("/calendar/not-a-token-anybody-was-given-at-all-1234567.ics").status()).isEqualTo(404);
    }

    private static List<String> uids(ICalendar calendar) {
        return calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst().orElseThrow();
    }
}
