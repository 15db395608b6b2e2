package org.tandem.goal.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalService;
import org.tandem.goal.core.GoalLifecycle;
import org.tandem.goal.signals.GoalReads;
import org.tandem.people.Actor;
import org.tandem.people.Role;
import org.tandem.people.WebSliceActors;
import org.tandem.shared.NotFoundException;

/**
 * The goal API's edge on its own (DESIGN §5, web slice): what the controller refuses before any use case runs, and
 * what it hands the use case. The use cases are stand-ins here only so the test can say they were never reached;
 * what they decide is tested against the real database in {@code GoalApiIntegrationTests}.
 */
@WebMvcTest(controllers = GoalApiController.class,
        includeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "org\\.tandem\\.shared\\.StrictJson"))
class GoalApiControllerTests {

    static final Instant NOW = Instant.parse("2026-12-07T09:30:00Z");

    @TestConfiguration
    static class FixedTime {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    GoalService goals;
    @MockitoBean
    GoalLifecycle lifecycle;
    @MockitoBean
    GoalReads reads;
    @MockitoBean
    GoalJson json;

    final Actor mentor = WebSliceActors.actor(Role.MENTOR);
    final String goalsOfAPair = "/api/v1/mentorships/" + UUID.randomUUID() + "/goals";

    @Test
    void aGoalOfAnUnknownKindIsRefusedNamingTheFieldAndNoUseCaseRuns() {
        var answer = propose("{\"title\":\"Ship the importer\",\"kind\":\"ENORMOUS\"}");

        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.errors[*].field").asArray().contains("kind");
        verifyNoInteractions(lifecycle, goals);
    }

    @Test
    void aBodyThatNamesAFieldTwiceIsRefusedRatherThanReadAsTheLastOne() {
        var answer = propose("{\"title\":\"Ship the importer\",\"title\":\"Something else\"}");

        assertThat(answer).hasStatus(400);
        verifyNoInteractions(lifecycle, goals);
    }

    @Test
    void aDueDateBeyondAnyPlanIsRefusedNamingTheField() {
        var answer = propose("{\"title\":\"Ship the importer\",\"dueOn\":\"+999999999-12-31\"}");

        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.errors[*].field").asArray().contains("dueOn");
        verifyNoInteractions(lifecycle, goals);
    }

    @Test
    void anIfMatchThatIsNoVersionOfOursIsRefusedBeforeAgreeing() {
        var answer = mvc.post().uri("/api/v1/goals/{id}/agreement", UUID.randomUUID()).header("If-Match", "\"yesterday\"")
                .accept(MediaType.APPLICATION_JSON).with(authentication(WebSliceActors.as(mentor))).with(csrf()).exchange();

        assertThat(answer).hasStatus(400);
        assertThat(answer).bodyJson().extractingPath("$.errors[*].field").asArray().contains("If-Match");
        verifyNoInteractions(lifecycle);
    }

    @Test
    void agreeingHandsTheUseCaseThePersonTheVersionAndTheRequestsTimeFromTheClock() {
        GoalId goal = new GoalId(UUID.randomUUID());
        when(lifecycle.agree(any(), any(), any(), any())).thenThrow(new NotFoundException("Goal", goal));

        var answer = mvc.post().uri("/api/v1/goals/{id}/agreement", goal.value()).header("If-Match", "W/\"3\"")
                .accept(MediaType.APPLICATION_JSON).with(authentication(WebSliceActors.as(mentor))).with(csrf()).exchange();

        assertThat(answer).hasStatus(404);
        verify(lifecycle).agree(eq(mentor), eq(goal), eq(OptionalLong.of(3)), eq(NOW));
    }

    @Test
    void nobodySignedInReachesNoUseCase() {
        var answer = mvc.post().uri(goalsOfAPair).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .content("{\"title\":\"Ship the importer\"}").with(csrf()).exchange();

        assertThat(answer.getResponse().getStatus()).isIn(401, 403);
        verifyNoInteractions(lifecycle, goals);
    }

    private MvcTestResult propose(String body) {
        return mvc.post().uri(goalsOfAPair).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).content(body)
                .with(authentication(WebSliceActors.as(mentor))).with(csrf()).exchange();
    }
}
