package org.tandem.insight;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.mentorship.Mentorship;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.people.PeopleService;
import org.tandem.program.ProgramId;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;

/** The scorecard page of a pair (with the re-check form) and the dashboard page of a program. */
@Controller
public class InsightController {

    public static final String SCORECARD = "/mentorships/{id}/insights";
    public static final String ANSWER = "/skill-rechecks/{id}/answer";
    public static final String DASHBOARD = "/programs/{id}/insights";
    public static final String DASHBOARD_CSV = "/programs/{id}/insights.csv";
    /** The lead's pair table (served by {@code insight.pairs}). */
    static final String PAIRS = "/programs/{id}/pairs";

    private final PairScorecards scorecards;
    private final ProgramDashboards dashboards;
    private final SkillRechecks rechecks;
    private final PeopleService people;

    InsightController(PairScorecards scorecards, ProgramDashboards dashboards, SkillRechecks rechecks, PeopleService people) {
        this.scorecards = scorecards;
        this.dashboards = dashboards;
        this.rechecks = rechecks;
        this.people = people;
    }

    public static String path(String route, Object id) {
        return route.replace("{id}", id.toString());
    }

    public record RecheckRow(SkillRecheck recheck, String status, boolean answerable, String action) {
    }

    /** {@code ratingsWithheld}: the reader is the mentor and the mentee keeps their ratings' values to themselves. */
    public record ScorecardPage(UUID mentorshipId, String mentorName, String menteeName, PairFigures figures, boolean forThePair,
                                boolean ratingsWithheld, List<RecheckRow> rechecks, InsightCharts.Line ratingsChart,
                                InsightCharts.Line autonomyChart, UUID errorRecheck, FormErrors errors, String flash) {

        public String mentorshipPath() {
            return "/mentorships/" + mentorshipId;
        }
    }

    /** {@code pairsPath}: the program's pair table, where the dashboard's counts of pairs lead (filtered by their flag). */
    public record DashboardPage(ProgramDashboards.Dashboard dashboard, String csvPath, String pairsPath) {
    }

    @GetMapping(SCORECARD)
    String scorecard(Actor actor, @PathVariable MentorshipId id, Model model) {
        return render(actor, id, null, FormErrors.NONE, (String) model.asMap().get("flash"), model);
    }

    @PostMapping(ANSWER)
    String answer(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String shownAgain,
            @RequestParam(required = false) String evidence, @RequestParam MentorshipId mentorshipId, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        Boolean shown = shownAgain == null || shownAgain.isBlank() ? null : Boolean.valueOf(shownAgain);
        try {
            SkillRecheck answered = rechecks.answer(actor, id, shown, evidence);
            redirect.addFlashAttribute("flash", "Thank you. The re-check of “" + answered.goalTitle() + "” is recorded.");
            return "redirect:" + path(SCORECARD, answered.mentorshipId().value());
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return render(actor, mentorshipId, id, FormErrors.of(e), null, model);
        } catch (InvalidStateException e) {
            response.setStatus(409);
            return render(actor, mentorshipId, id, FormErrors.of("recheck", e.getMessage()), null, model);
        }
    }

    private String render(Actor actor, MentorshipId id, UUID errorRecheck, FormErrors errors, String flash, Model model) {
        PairScorecards.Scorecard card = scorecards.scorecard(actor, id);
        Mentorship m = card.mentorship();
        Map<UUID, String> names = people.names(actor.organizationId(), List.of(m.mentorId().value(), m.menteeId().value()));
        List<RecheckRow> rows = List.of();
        if (card.forThePair()) {
            var today = rechecks.today(actor);
            rows = rechecks.of(actor, id).stream().map(r -> new RecheckRow(r, label(r.status(today)), r.status(today) == SkillRecheck.Status.DUE,
                    path(ANSWER, r.id()))).toList();
        }
        PairFigures f = card.figures();
        model.addAttribute("page", new ScorecardPage(m.id().value(), names.getOrDefault(m.mentorId().value(), "Mentor"),
                names.getOrDefault(m.menteeId().value(), "Mentee"), f, card.forThePair(),
                card.forThePair() && Boolean.FALSE.equals(f.ratings().sharedWithMentor()) && m.isMentor(actor.personId()), rows,
                InsightCharts.ratings(f.ratingsOverTime()), InsightCharts.autonomy(f.autonomy().points()), errorRecheck, errors, flash));
        return "insight/scorecard";
    }

    @GetMapping(DASHBOARD)
    String dashboard(Actor actor, @PathVariable ProgramId id, Model model) {
        var dashboard = dashboards.dashboard(actor, id);
        model.addAttribute("page", new DashboardPage(dashboard, path(DASHBOARD_CSV, id.value()), path(PAIRS, id.value())));
        return "insight/dashboard";
    }

    private static String label(SkillRecheck.Status status) {
        return switch (status) {
            case PENDING -> "Not yet due";
            case DUE -> "Due now";
            case ANSWERED -> "Answered";
        };
    }

}
