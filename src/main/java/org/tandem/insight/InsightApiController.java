package org.tandem.insight;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.insight.InsightJson.DashboardJson;
import org.tandem.insight.InsightJson.RecheckJson;
import org.tandem.insight.InsightJson.ScorecardJson;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.program.ProgramId;
import org.tandem.shared.Page;

/** Insight over the API: the pair scorecard, the program dashboard (JSON and CSV), and skill re-checks. */
@RestController
@Tag(name = "Insight")
class InsightApiController {

    static final String PAIR = "/api/v1/mentorships/{id}/insights";
    static final String PROGRAM = "/api/v1/programs/{id}/insights";
    static final String PROGRAM_CSV = "/api/v1/programs/{id}/insights.csv";
    static final String RECHECKS = "/api/v1/mentorships/{id}/skill-rechecks";
    static final String ANSWER = "/api/v1/skill-rechecks/{id}/answer";

    private final PairScorecards scorecards;
    private final ProgramDashboards dashboards;
    private final SkillRechecks rechecks;

    InsightApiController(PairScorecards scorecards, ProgramDashboards dashboards, SkillRechecks rechecks) {
        this.scorecards = scorecards;
        this.dashboards = dashboards;
        this.rechecks = rechecks;
    }

    @Schema(name = "SkillRecheckAnswerBody")
    record AnswerBody(Boolean shownAgain, String evidence) {
    }

    @GetMapping(PAIR)
    @Operation(summary = "The pair scorecard: balance, cadence, attainment, ratings (pair only), autonomy trend, risks, retention, nudges")
    ScorecardJson pair(Actor actor, @PathVariable MentorshipId id) {
        return ScorecardJson.of(scorecards.scorecard(actor, id));
    }

    @GetMapping(PROGRAM)
    @Operation(summary = "The program dashboard for its leads and admins; survey figures below the threshold are null with suppressed: true")
    DashboardJson program(Actor actor, @PathVariable ProgramId id) {
        return DashboardJson.of(dashboards.dashboard(actor, id));
    }

    @GetMapping({PROGRAM_CSV, InsightController.DASHBOARD_CSV})
    @Operation(summary = "The program dashboard as CSV: one line for the program and one per team, role and seniority",
            responses = @ApiResponse(responseCode = "200", description = "The dashboard as a CSV attachment",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    ResponseEntity<String> csv(Actor actor, @PathVariable ProgramId id) {
        var dashboard = dashboards.dashboard(actor, id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"program-insights.csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(DashboardCsv.of(dashboard));
    }

    @GetMapping(RECHECKS)
    @Operation(summary = "The pair's skill re-checks (LEARNING goals achieved, looked at again later)")
    Page<RecheckJson> rechecks(Actor actor, @PathVariable MentorshipId id) {
        return new Page<>(rechecks.of(actor, id).stream().map(r -> RecheckJson.of(r, rechecks.today(actor))).toList(), null);
    }

    @PostMapping(ANSWER)
    @Operation(summary = "The mentor or the mentee answers a due re-check: was the skill shown again, with evidence")
    RecheckJson answer(Actor actor, @PathVariable UUID id, @RequestBody AnswerBody body) {
        return RecheckJson.of(rechecks.answer(actor, id, body.shownAgain(), body.evidence()), rechecks.today(actor));
    }
}
