package org.tandem.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.OUTBOX_MESSAGE;
import static org.tandem.notify.TestMailServer.part;
import static org.tandem.support.Api.json;
import static org.tandem.support.Bodies.goal;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.notify.NotifyIntegrationTest;
import org.tandem.notify.TestMailServer;
import org.tandem.support.Api;
import org.tandem.support.World;

/**
 * The mails of decision 0094, through the real path: the API step writes the outbox row in its transaction, the
 * scheduler delivers, GreenMail receives. The other side hears of a proposed achievement, the proposer of a request
 * for changes; whoever took the step gets nothing.
 */
@NotifyIntegrationTest
class GoalChangeRequestMailIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    World world;
    Api mentor;
    Api mentee;
    GreenMail mail;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        mentor = Api.at(port).withTokenOf(world.mentor().email());
        mentee = Api.at(port).withTokenOf(world.mentee().email());
        mail = TestMailServer.server();
    }

    @Test
    void aProposedAchievementMailsTheOtherSideWithAnAbsoluteLinkToTheGoalAndNothingToTheProposer() throws Exception {
        String goal = activeGoal("Support satisfaction");

        var proposed = mentor.post("/api/v1/goals/" + goal + "/achievement", json("{'evidence':'Private detail: the survey of 12 March'}"));
        assertThat(proposed.status()).as(proposed.toString()).isEqualTo(200);

        await(() -> !to(world.mentee().email()).isEmpty());
        MimeMessage received = to(world.mentee().email()).getFirst();
        assertThat(received.getSubject()).isEqualTo("Your mentor says a goal is achieved").doesNotContain("Support satisfaction");
        String text = part(received, "text/plain");
        assertThat(text).contains("Support satisfaction").containsPattern("https?://[^/ ]+:" + port + "/goals/" + goal)
                .doesNotContain("Private detail");
        assertThat(mailsWritten(world.mentor().id().value())).as("the proposer gets no mail").isZero();
        assertThat(mailsWritten(world.mentee().id().value())).isEqualTo(1);
    }

    @Test
    void askingForChangesMailsTheProposerAndNotTheOneWhoAsked() throws Exception {
        String goal = created(mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals",
                goal("Onboarding guide", LocalDate.now().plusDays(90))));

        var asked = mentor.post("/api/v1/goals/" + goal + "/change-requests", json("{'comment':'Name who reviews the guide before it ships'}"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(200);

        await(() -> !to(world.mentee().email()).isEmpty());
        MimeMessage received = to(world.mentee().email()).getFirst();
        assertThat(received.getSubject()).isEqualTo("Your mentor asks for changes to a goal you proposed");
        assertThat(part(received, "text/plain")).contains("Onboarding guide").containsPattern("https?://[^/ ]+:" + port + "/goals/" + goal)
                .doesNotContain("Name who reviews");
        assertThat(mailsWritten(world.mentor().id().value())).as("who asked gets no mail").isZero();
    }

    private String activeGoal(String title) {
        String goal = created(mentee.post("/api/v1/mentorships/" + world.mentorship().id() + "/goals", goal(title, LocalDate.now().plusDays(90))));
        assertThat(mentor.post("/api/v1/goals/" + goal + "/agreement", "").status()).isEqualTo(200);
        return goal;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    /** Goal mails written for a person: the outbox is written in the step's transaction, so this count is final. */
    private int mailsWritten(java.util.UUID person) {
        return dsl.fetchCount(OUTBOX_MESSAGE, OUTBOX_MESSAGE.PERSON_ID.eq(person).and(OUTBOX_MESSAGE.KIND.eq("GOAL_AGREEMENT")));
    }

    private List<MimeMessage> to(String email) {
        return Arrays.stream(mail.getReceivedMessages()).filter(m -> recipient(m).equals(email)).toList();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Duration timeout = Duration.ofSeconds(30);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
