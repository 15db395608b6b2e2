package org.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.OUTBOX_MESSAGE;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Api;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;

/** Links as people get them, with {@code tandem.base-url} unset (as in the test profile): the served address decides. */
@IntegrationTest
class LinksIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Links links;

    @Autowired
    DSLContext dsl;

    World world;

    @BeforeEach
    void setUp() {
        world = World.create(context);
    }

    private Api.Response askForFeedback(Api api, String email) {
        return api.as(world.mentee().email()).post("/api/v1/mentorships/" + world.mentorship().id() + "/peer-feedback-requests",
                "{\"email\":\"" + email + "\",\"about\":\"How I ran the planning meeting\",\"dueOn\":\"" + LocalDate.now().plusDays(7) + "\"}");
    }

    private String mailTo(String email) {
        return dsl.select(OUTBOX_MESSAGE.BODY_TEXT).from(OUTBOX_MESSAGE)
                .where(OUTBOX_MESSAGE.ORGANIZATION_ID.eq(world.organization().id().value()), OUTBOX_MESSAGE.RECIPIENT.eq(email))
                .fetchSingle(OUTBOX_MESSAGE.BODY_TEXT);
    }

    @Test
    void aMailWrittenDuringARequestLinksToTheRandomPortThisServerIsServedAt() {
        var created = askForFeedback(Api.at(port), "ola@elsewhere.example");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String link = created.json().get("link").asString();
        assertThat(link).startsWith("http://localhost:" + port + "/guest/feedback/gst_");
        assertThat(mailTo("ola@elsewhere.example")).contains(link);
    }

    @Test
    void behindAProxyTheLinkStartsWithTheAddressThePersonUsed() {
        var throughProxy = Api.at(port).with("X-Forwarded-Proto", "https").with("X-Forwarded-Host", "tandem.example.org");

        var created = askForFeedback(throughProxy, "ben@elsewhere.example");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String link = created.json().get("link").asString();
        assertThat(link).startsWith("https://tandem.example.org/guest/feedback/gst_");
        assertThat(mailTo("ben@elsewhere.example")).contains(link).doesNotContain("localhost");
    }

    @Test
    void outsideARequestALinkStartsWithTheServedPort() {
        // what the outbox sweep, the reminder scan and the weekly digest see: no request, no base-url
        assertThat(links.absolute("/actions")).isEqualTo("http://localhost:" + port + "/actions");
    }
}
