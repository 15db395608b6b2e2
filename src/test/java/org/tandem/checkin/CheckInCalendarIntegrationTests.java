package org.tandem.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.support.Api.json;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.checkin.cadence.CadenceIntegrationTests;
import org.tandem.people.Person;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.World;

/**
 * A person's feed holds their check-ins and action items' due dates, read back by two parsers that have nothing to do
 * with the writer: biweekly, and a strict RFC 5545 line reader written here.
 */
@IntegrationTest
@PostgresRelevant
class CheckInCalendarIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    World world;
    Api mentor;
    Api mentee;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentor = as(world.mentor());
        mentee = as(world.mentee());
    }

    @Test
    void theFeedKeepsItsUidsAcrossFetchesAndTheSequenceGrowsWhenACheckInMoves() {
        String planned = scheduledIds().getFirst();
        String feed = feedPathOf(mentee);
        String uid = "checkin-" + planned + "@tandem";

        String first = Api.at(port).get(feed).body();
        String second = Api.at(port).get(feed).body();
        Map<String, Map<String, String>> before = StrictICalendar.events(first);

        assertThat(before.keySet()).contains(uid).isEqualTo(StrictICalendar.events(second).keySet());
        assertThat(before.get(uid).get("DTSTART;TZID=Europe/Berlin")).isNotNull();
        assertThat(before.get(uid).get("SUMMARY")).isEqualTo("Check-in with " + world.mentor().displayName());
        assertThat(before.get(uid).get("STATUS")).isEqualTo("CONFIRMED");
        ICalendar parsed = Biweekly.parse(first).first();
        assertThat(event(parsed, uid).getDateStart().getValue().toInstant()).isEqualTo(world.mentorship().cadence().firstAt());

        Instant moved = world.mentorship().cadence().firstAt().plus(Duration.ofDays(2));
        assertThat(mentee.put("/api/v1/check-ins/" + planned + "/schedule", json("{'scheduledAt':'%s'}", moved)).status()).isEqualTo(200);
        String after = Api.at(port).get(feed).body();

        Map<String, String> movedEvent = StrictICalendar.events(after).get(uid);
        assertThat(Integer.parseInt(movedEvent.get("SEQUENCE"))).isGreaterThan(Integer.parseInt(before.get(uid).get("SEQUENCE")));
        VEvent reparsed = event(Biweekly.parse(after).first(), uid);
        assertThat(reparsed.getDateStart().getValue().toInstant()).isEqualTo(moved);
        assertThat(reparsed.getSequence().getValue()).isEqualTo(Integer.parseInt(movedEvent.get("SEQUENCE")));
    }

    @Test
    void aCancelledCheckInStaysInTheFeedMarkedCancelledAndActionItemsAreAllDayEntries() {
        String planned = scheduledIds().getFirst();
        LocalDate due = LocalDate.now(CadenceIntegrationTests.BERLIN).plusDays(5);
        var item = mentee.post("/api/v1/check-ins/" + planned + "/action-items", json(
                "{'task':'Split the billing PR into three reviewable parts','ownerId':'%s','dueOn':'%s','resources':[]}", world.mentee().id(), due));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        assertThat(mentor.post("/api/v1/check-ins/" + planned + "/cancel", "{\"reason\":\"Mona is ill\"}").status()).isEqualTo(200);

        String body = Api.at(port).get(feedPathOf(mentee)).body();

        Map<String, Map<String, String>> events = StrictICalendar.events(body);
        assertThat(events.get("checkin-" + planned + "@tandem").get("STATUS")).isEqualTo("CANCELLED");
        Map<String, String> action = events.get("action-" + item.json().get("id").asString() + "@tandem");
        assertThat(action.get("DTSTART;VALUE=DATE")).isEqualTo(due.toString().replace("-", ""));
        assertThat(action.get("SUMMARY")).isEqualTo("Due: Split the billing PR into three reviewable parts");
        assertThat(event(Biweekly.parse(body).first(), "action-" + item.json().get("id").asString() + "@tandem")
                .getDateStart().getValue().hasTime()).isFalse();
        String otherFeed = Api.at(port).get(feedPathOf(as(world.otherMentee()))).body();
        assertThat(StrictICalendar.events(otherFeed).keySet()).noneMatch(u -> u.contains(planned));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The grammar of RFC 5545 §3.1 read strictly: CRLF line ends, lines of at most 75 octets, continuation lines
     * starting with one space, every content line {@code name *(";" param) ":" value}, BEGIN and END balanced. Answers
     * each VEVENT's properties (name with its parameters → value) by UID.
     */
    static final class StrictICalendar {

        static Map<String, Map<String, String>> events(String text) {
            assertThat(text).endsWith("\r\n");
            List<String> lines = new ArrayList<>();
            for (String physical : text.split("\r\n", -1)) {
                assertThat(physical).doesNotContain("\n").doesNotContain("\r");
                assertThat(physical.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(physical).isLessThanOrEqualTo(75);
                if (physical.startsWith(" ") || physical.startsWith("\t")) {
                    assertThat(lines).as("a continuation needs a line to continue").isNotEmpty();
                    lines.set(lines.size() - 1, lines.getLast() + physical.substring(1));
                } else if (!physical.isEmpty()) {
                    lines.add(physical);
                }
            }
            assertThat(lines.getFirst()).isEqualTo("BEGIN:VCALENDAR");
            assertThat(lines.getLast()).isEqualTo("END:VCALENDAR");
            Map<String, Map<String, String>> events = new LinkedHashMap<>();
            java.util.Deque<String> open = new java.util.ArrayDeque<>();
            Map<String, String> event = null;
            for (String line : lines) {
                int colon = valueStart(line);
                assertThat(colon).as("a content line has a name and a value: " + line).isPositive();
                String name = line.substring(0, colon);
                String value = line.substring(colon + 1);
                assertThat(name.split(";")[0]).matches("[A-Za-z0-9-]+");
                if (name.equals("BEGIN")) {
                    open.push(value);
                    if (value.equals("VEVENT")) {
                        event = new LinkedHashMap<>();
                    }
                } else if (name.equals("END")) {
                    assertThat(open.pop()).isEqualTo(value);
                    if (value.equals("VEVENT")) {
                        assertThat(event).containsKeys("UID", "DTSTAMP", "SEQUENCE");
                        assertThat(events.put(event.get("UID"), event)).as("uids are unique").isNull();
                        event = null;
                    }
                } else if (event != null && open.peek().equals("VEVENT")) {
                    event.put(name, value);
                }
            }
            assertThat(open).isEmpty();
            return events;
        }

        /** The first colon outside a quoted parameter value. */
        private static int valueStart(String line) {
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return i;
                }
            }
            return -1;
        }
    }

    private String feedPathOf(Api who) {
        String url = who.get("/api/v1/me/calendar").json().get("url").asString();
        return url.substring(url.indexOf("/calendar/"));
    }

    private Api as(Person person) {
        return Api.at(port).withTokenOf(person.email());
    }

    private List<String> scheduledIds() {
        List<String> ids = new ArrayList<>();
        mentor.get("/api/v1/mentorships/" + world.mentorship().id() + "/check-ins").json().get("items").forEach(c -> {
            if (c.get("status").asString().equals("SCHEDULED")) {
                ids.add(c.get("id").asString());
            }
        });
        assertThat(ids).isNotEmpty();
        return ids;
    }

    private static VEvent event(ICalendar calendar, String uid) {
        return calendar.getEvents().stream().filter(e -> e.getUid().getValue().equals(uid)).findFirst().orElseThrow();
    }
}
