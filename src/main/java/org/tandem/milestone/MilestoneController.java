package org.tandem.milestone;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalId;
import org.tandem.goal.GoalSummary;
import org.tandem.mentorship.MentorshipId;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.FormValues;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.NotFoundException;
import org.tandem.shared.PageRequest;
import org.tandem.shared.StaleVersionException;
import org.tandem.shared.InvalidStateException;

/** Milestone pages: a goal's milestones, one milestone with its reach-with-evidence form, the story editor, and the pair's card. */
@Controller
public class MilestoneController {

    public static final String OF_GOAL = "/goals/{id}/milestones";
    public static final String PAGE = "/milestones/{id}";
    public static final String REACH = "/milestones/{id}/reached";
    public static final String STORY = "/milestones/{id}/story";
    public static final String OF_MENTORSHIP = "/mentorships/{id}/milestones";
    public static final String CARD = "/mentorships/{id}/milestones/card";

    private final Milestones milestones;
    private final Celebrations celebrations;

    MilestoneController(Milestones milestones, Celebrations celebrations) {
        this.milestones = milestones;
        this.celebrations = celebrations;
    }

    public static String page(MilestoneId id) {
        return PAGE.replace("{id}", id.toString());
    }

    public static String at(String route, Object id) {
        return route.replace("{id}", id.toString());
    }

    public record GoalMilestonesPage(UUID goalId, String goalTitle, String goalPath, String indicator, String direction, List<MilestoneView> milestones,
                                     boolean canPlan, FormErrors errors, Map<String, String> values, String action, String flash) {
    }

    public record MilestonePage(MilestoneView milestone, String goalTitle, String milestonesPath, boolean canChange, boolean celebrated,
                                String celebrationPath, String storyPath, String reachAction, FormErrors errors, String evidence, String flash) {
    }

    public record StoryPage(MilestoneView milestone, Story story, boolean edited, long version, String action, boolean canEdit,
                            FormErrors errors, String flash, String celebrationPath, boolean celebrated) {

        public String decisions() {
            return String.join("\n", story.decisionPoints());
        }
    }

    public record CardPage(UUID mentorshipId, List<MilestoneView> due, List<MilestoneView> reached, List<String> reachedPaths, long dueAfterDays,
                           String celebrationsPath) {
    }

    // ------------------------------------------------------------ goal's list

    @GetMapping(OF_GOAL)
    String ofGoal(Actor actor, @PathVariable GoalId id, Model model) {
        return renderGoal(actor, id, FormErrors.NONE, Map.of(), model);
    }

    @PostMapping(OF_GOAL)
    String plan(Actor actor, @PathVariable GoalId id, @RequestParam(required = false) String title, @RequestParam(required = false) String threshold,
            @RequestParam(required = false) String dueOn, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> values = Map.of("title", value(title), "threshold", value(threshold), "dueOn", value(dueOn));
        try {
            Milestone m = milestones.plan(actor, id, title, number(threshold), date(dueOn));
            redirect.addFlashAttribute("flash", m.isReached() ? "Milestone planned, and already reached: the indicator is past it."
                    : "Milestone planned.");
            return "redirect:" + at(OF_GOAL, id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return renderGoal(actor, id, FormErrors.of(e), values, model);
        }
    }

    private String renderGoal(Actor actor, GoalId id, FormErrors errors, Map<String, String> values, Model model) {
        GoalSummary goal = milestones.goal(actor, id);
        var page = milestones.ofGoal(actor, id, PageRequest.first(PageRequest.MAX_LIMIT));
        boolean pair = isPair(actor, goal.mentorshipId());
        model.addAttribute("page", new GoalMilestonesPage(id.value(), goal.title(), GoalController.path(id), goal.indicatorName() + " (" + goal.unit() + ")",
                goal.direction().name(), page.items().stream().map(m -> MilestoneView.of(m, goal.unit())).toList(), pair, errors, values,
                at(OF_GOAL, id), (String) model.asMap().get("flash")));
        return "milestone/milestones";
    }

    // ------------------------------------------------------------ one milestone

    @GetMapping(PAGE)
    String milestone(Actor actor, @PathVariable MilestoneId id, Model model) {
        return renderMilestone(actor, id, FormErrors.NONE, "", model);
    }

    @PostMapping(REACH)
    String reach(Actor actor, @PathVariable MilestoneId id, @RequestParam(required = false) String evidence, @RequestParam long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            milestones.reach(actor, id, evidence, OptionalLong.of(version));
            redirect.addFlashAttribute("flash", "Marked reached. Time to celebrate it.");
            return "redirect:" + page(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return renderMilestone(actor, id, FormErrors.of(e), value(evidence), model);
        } catch (StaleVersionException | InvalidStateException e) {
            response.setStatus(409);
            return renderMilestone(actor, id, FormErrors.of("version", "Someone else changed this milestone meanwhile; here it is as it stands now."),
                    value(evidence), model);
        }
    }

    private String renderMilestone(Actor actor, MilestoneId id, FormErrors errors, String evidence, Model model) {
        Milestones.Visible visible = milestones.visible(actor, id);
        Milestone m = visible.milestone();
        GoalSummary goal = milestones.goal(actor, m.goalId());
        boolean celebrated = m.isReached() && celebrations.find(actor, id).isPresent();
        model.addAttribute("page", new MilestonePage(MilestoneView.of(m, goal.unit()), goal.title(), at(OF_GOAL, m.goalId()),
                visible.mentorship().isPair(actor.personId()), celebrated, celebrated ? CelebrationController.page(id) : CelebrationController.form(id),
                at(STORY, id), at(REACH, id), errors, evidence, (String) model.asMap().get("flash")));
        return "milestone/milestone";
    }

    // ------------------------------------------------------------------ story

    @GetMapping(STORY)
    String story(Actor actor, @PathVariable MilestoneId id, Model model) {
        var view = milestones.story(actor, id);
        return renderStory(actor, id, view.story(), view.edited(), view.version(), FormErrors.NONE, model);
    }

    @PostMapping(STORY)
    String saveStory(Actor actor, @PathVariable MilestoneId id, @RequestParam(required = false) String context,
            @RequestParam(required = false) String learningCurve, @RequestParam(required = false) String decisionPoints,
            @RequestParam(required = false) String impact, @RequestParam(required = false) Long version, @RequestParam(defaultValue = "false") boolean edited,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Story typed = new Story(context, learningCurve, Story.decisionsOf(decisionPoints), impact);
        try {
            milestones.saveStory(actor, id, typed, edited && version != null ? OptionalLong.of(version) : OptionalLong.empty());
            redirect.addFlashAttribute("flash", "Story saved.");
            return "redirect:" + at(STORY, id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return renderStory(actor, id, typed, edited, version == null ? 0 : version, FormErrors.of(e), model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            var current = milestones.story(actor, id);
            return renderStory(actor, id, current.story(), current.edited(), current.version(),
                    FormErrors.of("version", "The other person saved the story meanwhile; this is their version. Add your changes again."), model);
        }
    }

    private String renderStory(Actor actor, MilestoneId id, Story story, boolean edited, long version, FormErrors errors, Model model) {
        Milestones.Visible visible = milestones.visible(actor, id);
        GoalSummary goal = milestones.goal(actor, visible.milestone().goalId());
        boolean celebrated = celebrations.find(actor, id).isPresent();
        model.addAttribute("page", new StoryPage(MilestoneView.of(visible.milestone(), goal.unit()), story, edited, version, at(STORY, id),
                visible.mentorship().isPair(actor.personId()), errors, (String) model.asMap().get("flash"),
                celebrated ? CelebrationController.page(id) : CelebrationController.form(id), celebrated));
        return "milestone/story";
    }

    // ------------------------------------------------------------- pair's card

    @GetMapping(CARD)
    String card(Actor actor, @PathVariable MentorshipId id, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("page", cardPage(actor, id));
            return "milestone/card";
        } catch (NotFoundException leadOrOutsider) {
            // A program lead sees the pair, not its milestones: the card replaces itself with nothing.
            return "milestone/nothing";
        }
    }

    @GetMapping(OF_MENTORSHIP)
    String ofMentorship(Actor actor, @PathVariable MentorshipId id, Model model) {
        model.addAttribute("page", cardPage(actor, id));
        return "milestone/mentorshipMilestones";
    }

    /**
     * The pair sees which reached milestones wait for their celebration and goes straight to it; anyone else (an
     * admin) is told nothing about celebrations, which may be the pair's alone, and is linked to the milestone.
     */
    private CardPage cardPage(Actor actor, MentorshipId id) {
        boolean pair = isPair(actor, id);
        var due = pair ? milestones.celebrationsDue(actor, id).stream().map(m -> MilestoneView.of(m, null)).toList() : List.<MilestoneView>of();
        var reached = milestones.reachedOf(actor, id);
        var recent = reached.subList(Math.max(0, reached.size() - 5), reached.size()).reversed();
        return new CardPage(id.value(), due, recent.stream().map(r -> MilestoneView.of(r.milestone(), null)).toList(),
                recent.stream().map(r -> !pair ? page(r.milestone().id())
                        : r.celebrated() ? CelebrationController.page(r.milestone().id()) : CelebrationController.form(r.milestone().id()))
                        .toList(),
                milestones.celebrationDueAfter().toDays(), CelebrationController.LIST);
    }

    // ---------------------------------------------------------------- helpers

    private boolean isPair(Actor actor, MentorshipId mentorship) {
        return milestones.isPair(actor, mentorship);
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }

    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("threshold", "Give a number, like 25 or 2.5");
        }
    }

    static LocalDate date(String text) {
        return FormValues.date(text, "dueOn");
    }
}
