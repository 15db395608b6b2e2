package org.tandem.people.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tandem.db.Tables.AUDIT_ENTRY;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.tandem.notify.NotifyIntegrationTest;
import org.tandem.people.AuditLog;
import org.tandem.people.PasswordChanged;
import org.tandem.shared.Links;
import org.tandem.support.Api;
import org.tandem.support.PageClient;
import org.tandem.support.World;

/** Password reset by mail, from the side of whoever asks: known or not, they read the same answer; only the owner gets a link. */
@NotifyIntegrationTest
class PasswordResetIntegrationTests {

    static final String FRESH = "seven quiet lanterns";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    DSLContext dsl;

    @Autowired
    ApplicationEventMulticaster multicaster;

    /** Events come from the server's threads, so they are collected by a listener of the context, not the test's thread. */
    final List<PasswordChanged> changed = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> listener = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof PasswordChanged passwordChanged) {
            changed.add(passwordChanged);
        }
    };

    World world;

    @BeforeEach
    void setUp() {
        world = World.create(context);
        multicaster.addApplicationListener(listener);
    }

    @AfterEach
    void stopListening() {
        multicaster.removeApplicationListener(listener);
    }

    @Test
    void knownAndUnknownEmailsReadTheSameAnswerAndOnlyTheKnownOneGetsMail() {
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";

        var forUnknown = ask(unknown);
        var forKnown = ask(world.mentee().email());

        assertThat(forUnknown.status()).isEqualTo(forKnown.status()).isEqualTo(200);
        assertThat(answer(forUnknown.body())).isEqualTo(answer(forKnown.body())).contains("If that address belongs to an account");
        var mail = Mailbox.of(world.mentee().email()).awaitMessage(1);
        assertThat(Mailbox.linkPath(mail, "/password-reset/")).startsWith("/password-reset/");
        // requests run one after another in arrival order: once the known one's mail is here, the unknown one is done
        assertThat(Mailbox.of(unknown).messages()).isEmpty();
        assertThat(dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("PASSWORD_RESET_REQUESTED")
                .and(AUDIT_ENTRY.TARGET_ID.eq(world.mentee().id().value())))).isEqualTo(1);
    }

    @Test
    void aResetLinkSetsTheNewPasswordOnceAndThenShowsAClearPage() {
        ask(world.mentee().email());
        String link = Mailbox.linkPath(Mailbox.of(world.mentee().email()).awaitMessage(1), "/password-reset/");

        var visitor = PageClient.at(port);
        var form = visitor.get(link);
        assertThat(form.status()).isEqualTo(200);
        var done = visitor.postForm(link, Map.of("password", FRESH, "_csrf", PageClient.csrfToken(form.body())));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.body()).contains("Your new password is set");
        assertThat(Api.at(port).as(world.mentee().email(), FRESH).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(Api.at(port).as(world.mentee().email(), World.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(changed).anySatisfy(e -> assertThat(e.personId()).isEqualTo(world.mentee().id()));

        var reused = PageClient.at(port);
        var page = reused.get(link);
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("does not work any more", "Ask for a new link");
        var again = reused.postForm(link, Map.of("password", "yet another long phrase", "_csrf", PageClient.csrfToken(reused.get("/login").body())));
        assertThat(again.status()).isEqualTo(404);
        assertThat(Api.at(port).as(world.mentee().email(), FRESH).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aNewerResetLinkVoidsTheOlderOne() {
        ask(world.mentor().email());
        String first = Mailbox.linkPath(Mailbox.of(world.mentor().email()).awaitMessage(1), "/password-reset/");
        ask(world.mentor().email());
        String second = Mailbox.linkPath(Mailbox.of(world.mentor().email()).awaitMessage(2), "/password-reset/");

        assertThat(PageClient.at(port).get(first).status()).isEqualTo(404);
        assertThat(PageClient.at(port).get(second).status()).isEqualTo(200);
    }

    @Test
    void aResetLinkWorksForAnHourAndNotAMinuteLonger() {
        ask(world.otherMentee().email());
        String token = Mailbox.linkPath(Mailbox.of(world.otherMentee().email()).awaitMessage(1), "/password-reset/")
                .substring("/password-reset/".length());

        assertThat(resetsAt(Duration.ofMinutes(59)).usable(token)).isTrue();
        assertThat(resetsAt(Duration.ofMinutes(61)).usable(token)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> resetsAt(Duration.ofMinutes(61)).reset(token, FRESH))
                .isInstanceOf(LinkNotUsableException.class);
        assertThat(Api.at(port).as(world.otherMentee().email(), World.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aCommonPasswordOnTheResetPageIsRefusedNamingTheFieldAndChangesNothing() {
        ask(world.otherMentor().email());
        String link = Mailbox.linkPath(Mailbox.of(world.otherMentor().email()).awaitMessage(1), "/password-reset/");
        var visitor = PageClient.at(port);
        var form = visitor.get(link);

        var refused = visitor.postForm(link, Map.of("password", "QAZWSXEDCRFV", "_csrf", PageClient.csrfToken(form.body())));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"password-error\"");
        assertThat(Api.at(port).as(world.otherMentor().email(), World.PASSWORD).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(visitor.get(link).status()).isEqualTo(200);
    }

    private Api.Response ask(String email) {
        var visitor = PageClient.at(port);
        var form = visitor.get("/password-reset");
        assertThat(form.status()).isEqualTo(200);
        return visitor.postForm("/password-reset", Map.of("email", email, "_csrf", PageClient.csrfToken(form.body())));
    }

    /** The page's answer without its CSRF token, which differs per visitor. */
    private static String answer(String html) {
        return html.replaceAll("value=\"[^\"]*\"", "").replaceAll("hx-headers=\"[^\"]*\"", "");
    }

    private PasswordResets resetsAt(Duration later) {
        var links = new OneTimeLinks(context.getBean(AccountLinkRepository.class), Clock.offset(Clock.systemUTC(), later),
                context.getBean(Links.class));
        return new PasswordResets(links, context.getBean(AccountPeople.class), context.getBean(AuditLog.class), context);
    }
}
