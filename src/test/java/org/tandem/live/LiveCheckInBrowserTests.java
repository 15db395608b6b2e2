package org.tandem.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.tandem.TandemApplication;
import org.tandem.checkin.CheckInService;
import org.tandem.support.Browser;
import org.tandem.support.BrowserTest;
import org.tandem.support.PageClient;
import org.tandem.support.PostgresRelevant;
import org.tandem.support.TestDatabase;
import org.tandem.support.TestPasswords;
import org.tandem.support.World;

/**
 * Mentor and mentee on one check-in in two Chromium windows: each sees that the other is here, and what the mentor
 * saves appears on the mentee's open page without a reload, marked with who changed it; the mentor's private note
 * never does. On PostgreSQL the mentee's window talks to a second instance of Tandem on the same database, as behind
 * a load balancer, so what the mentor saves crosses instances (LISTEN/NOTIFY); on H2 both use the one instance.
 */
@BrowserTest
@PostgresRelevant
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = TestDatabase.SCHEMA + "=" + LiveCheckInBrowserTests.SCHEMA)
class LiveCheckInBrowserTests {

    static final String SCHEMA = "live_browsers";

    @LocalServerPort
    int port;

    @Autowired
    CheckInService checkIns;

    @Autowired
    ApplicationContext context;

    ConfigurableApplicationContext secondInstance;
    /** Where the mentee's window goes: the second instance on PostgreSQL, this one on H2. */
    int menteePort;

    @BeforeAll
    void onPostgresStartASecondInstanceOnTheSameDatabase() {
        menteePort = port;
        if (TestDatabase.postgres()) {
            secondInstance = new SpringApplicationBuilder(TandemApplication.class)
                    .profiles("test")
                    .initializers(new TestDatabase(), new TestPasswords())
                    .properties("server.port=0", TestDatabase.SCHEMA + "=" + SCHEMA)
                    .run();
            menteePort = secondInstance.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        }
    }

    @AfterAll
    void stopTheSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void whatOneSavesAppearsOnTheOthersOpenPageWithoutAReloadAndBothSeeWhoIsHere(Browser mentee, Browser mentor, World world) {
        String page = "/check-ins/" + checkIns.schedule(World.actor(world.mentor()), world.mentorship().id(),
                Instant.now().plus(1, ChronoUnit.HOURS), null, Instant.now()).id();
        mentee = mentee.on(menteePort);
        mentee.signIn(world.mentee().email()).go(page);
        mentor.signIn(world.mentor().email()).go(page);

        mentee.waitFor(d -> d.findElement(By.id("live-presence")).getText().equals(world.mentor().displayName() + " is here too."));
        mentor.waitFor(d -> d.findElement(By.id("live-presence")).getText().equals(world.mentee().displayName() + " is here too."));
        ((JavascriptExecutor) mentee.driver()).executeScript("window.__sameDocument = true;");

        PageClient mentorSaves = PageClient.at(port);
        mentorSaves.signIn(world.mentor().email());
        save(mentorSaves, page, "/notes", Map.of("text", "Ask about the promotion quietly", "visibility", "PRIVATE"));
        save(mentorSaves, page, "/wins", Map.of("text", "Shipped the importer a week early"));

        long saved = System.nanoTime();
        mentee.waitFor(d -> textOf(d, "wins").contains("Shipped the importer a week early"));
        System.out.printf("Live check-in: the win reached the mentee's page on %s after %d ms%n",
                menteePort == port ? "the same instance" : "the other instance", (System.nanoTime() - saved) / 1_000_000);
        assertThat(textOf(mentee.driver(), "wins")).contains("Updated by " + world.mentor().displayName());
        assertThat(((JavascriptExecutor) mentee.driver()).executeScript("return window.__sameDocument === true;"))
                .as("no reload").isEqualTo(true);
        assertThat(textOf(mentee.driver(), "notes")).doesNotContain("promotion");
        mentee.screenshots("live-checkin-updated-by-mentor");
    }

    private static String textOf(org.openqa.selenium.WebDriver driver, String id) {
        return driver.findElement(By.id(id)).getAttribute("textContent");
    }

    private static void save(PageClient client, String page, String part, Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", PageClient.csrfToken(client.get(page).body()));
        assertThat(client.postForm(page + part, form).status()).isEqualTo(302);
    }
}
