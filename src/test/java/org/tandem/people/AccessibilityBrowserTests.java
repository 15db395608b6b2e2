package org.tandem.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.tandem.support.Accessibility;
import org.tandem.support.Browser;
import org.tandem.support.IntegrationTest;
import org.tandem.support.World;

/** The foundation's pages pass an automated accessibility audit with no serious or critical finding. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    Browser browser;
    World world;

    @BeforeAll
    void setUp() {
        browser = Browser.open(port);
        world = World.create(context);
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theAuditReallyCatchesAnUnlabelledField() {
        browser.driver().get("data:text/html,<!doctype html><html lang=en><title>t</title><main><input type=text></main></html>");

        assertThat(Accessibility.seriousViolations(browser)).anySatisfy(v -> assertThat(v).startsWith("label"));
    }

    @Test
    void theLoginPageHasNoSeriousAccessibilityProblem() {
        browser.driver().manage().deleteAllCookies();
        browser.go("/login");

        assertThat(Accessibility.seriousViolations(browser)).isEmpty();
    }

    @Test
    void aMentorsPagesHaveNoSeriousAccessibilityProblem() {
        browser.signIn(world.mentor().email());

        assertAudited(List.of("/", "/mentorships/" + world.mentorship().id()));
    }

    @Test
    void aMenteesPagesHaveNoSeriousAccessibilityProblem() {
        browser.signIn(world.mentee().email());

        assertAudited(List.of("/", "/mentorships/" + world.mentorship().id(), "/no-such-page", "/feedback",
                "/mentorships/" + world.mentorship().id() + "/peer-feedback"));
    }

    @Test
    void aLeadsPagesHaveNoSeriousAccessibilityProblem() {
        browser.signIn(world.lead().email());

        assertAudited(List.of("/", "/programs", "/programs/" + world.program().id(), "/people", "/people/import"));
    }

    private void assertAudited(List<String> paths) {
        for (String path : paths) {
            browser.go(path);
            browser.find("main");
            assertThat(Accessibility.seriousViolations(browser)).as(path).isEmpty();
            browser.screenshots("audited" + path.replaceAll("[^a-z]+", "-"));
        }
    }
}
