package org.tandem.milestone;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.feedback.FeedbackBox;
import org.tandem.feedback.FeedbackDraft;
import org.tandem.feedback.FeedbackQuality;
import org.tandem.feedback.GuestFeedbackController;
import org.tandem.feedback.GuestFeedbackController.Ask;
import org.tandem.goal.GoalController;
import org.tandem.goal.GoalId;
import org.tandem.people.Actor;
import org.tandem.shared.FormErrors;
import org.tandem.shared.InPlace;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidStateException;
import org.tandem.shared.NavContributor;
import org.tandem.shared.NotAllowedException;
import org.tandem.shared.PageRequest;
import org.tandem.shared.StaleVersionException;

/** Celebration pages: the form with live feedback findings, the published celebration, and the celebrations a person may see. */
@Controller
public class CelebrationController implements NavContributor {

    public static final String FORM = "/milestones/{id}/celebration/new";
    public static final String PAGE = "/milestones/{id}/celebration";
    public static final String VISIBILITY = "/milestones/{id}/celebration/visibility";
    public static final String RECOGNITION = "/milestones/{id}/celebration/recognition";
    public static final String STEP_GOAL = "/milestones/{id}/celebration/next-steps/{stepId}/goal";
    public static final String LIST = "/celebrations";
    public static final String PROGRAM_LIST = "/programs/{id}/celebrations";
    public static final String BOX_ID = "recognition";
    static final String CHANGE_BOX_ID = "recognition-change";
    static final int ROWS = 3;

    private final Milestones milestones;
    private final Celebrations celebrations;
    private final FeedbackQuality quality;

    CelebrationController(Milestones milestones, Celebrations celebrations, FeedbackQuality quality) {
        this.milestones = milestones;
        this.celebrations = celebrations;
        this.quality = quality;
    }

    public static String form(MilestoneId id) {
        return FORM.replace("{id}", id.toString());
    }

    public static String page(MilestoneId id) {
        return PAGE.replace("{id}", id.toString());
    }

    public record Row(String kind, String description) {
    }

    public record FormPage(MilestoneView milestone, String goalTitle, FeedbackBox box, Story story, boolean storyEdited, String storyPath,
                           boolean isMentee, String menteeName, List<String> rewardKinds, List<String> stepKinds, List<Row> rewards,
                           List<Row> steps, String stakeholders, String visibility, FormErrors errors, List<String> problems, String action,
                           Ask ask, InPlace inPlace) {
    }

    /** Published from a dialog with invitations: the links, shown this once, stay in the dialog (decision 0093). */
    public record PublishedInPlace(String title, List<Celebrations.Link> links, String celebrationPath) {
    }

    /**
     * The page. {@code change} is the form to rewrite the recognition, for its author until it settles, null for
     * everyone else.
     */
    public record CelebrationPage(CelebrationView celebration, String goalPath, String visibilityAction, List<Celebrations.Link> links,
                                  String flash, String error, RecognitionChange change) {

        public String stepAction(UUID step) {
            return STEP_GOAL.replace("{id}", celebration.milestoneId().toString()).replace("{stepId}", step.toString());
        }

        public String goalPath(UUID goal) {
            return GoalController.path(new GoalId(goal));
        }
    }

    /** The form to rewrite the recognition; {@code ask} is the held question about the text in {@code box}. */
    public record RecognitionChange(String action, long version, Instant until, FeedbackBox box, Ask ask, boolean open) {
    }

    public record Listed(String milestoneTitle, String recognition, String visibility, Instant createdAt, String path) {
    }

    /** {@code older}: where the next, older page is (null on the last); {@code newest}: back to the first page (null on it). */
    public record ListPage(String title, String subtitle, List<Listed> items, String older, String newest) {
    }

    static final int LIST_PAGE_SIZE = 24;

    // ------------------------------------------------------------------- form

    /** {@code return}: opened from another page (the check-in), in its dialog with htmx or as this page without (0093). */
    @GetMapping(FORM)
    String form(Actor actor, @PathVariable MilestoneId id, @RequestParam(name = InPlace.RETURN, required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model, HttpServletResponse response) {
        InPlace inPlace = InPlace.of(back, htmx);
        if (celebrations.find(actor, id).isPresent()) {
            if (inPlace.active() && inPlace.dialog()) {
                response.setStatus(204);
                response.setHeader("HX-Trigger", InPlace.doneTrigger("This milestone is celebrated already."));
                return null;
            }
            return "redirect:" + page(id);
        }
        return renderForm(actor, id, FeedbackDraft.EMPTY, rows(List.of(), List.of()), rows(List.of(), List.of()), "", null, FormErrors.NONE,
                List.of(), null, inPlace, model, response);
    }

    @PostMapping(PAGE)
    String publish(Actor actor, @PathVariable MilestoneId id, FeedbackDraft draft,
            @RequestParam(name = "rewardKind", required = false) List<String> rewardKinds,
            @RequestParam(name = "rewardDescription", required = false) List<String> rewardTexts,
            @RequestParam(name = "stepKind", required = false) List<String> stepKinds,
            @RequestParam(name = "stepDescription", required = false) List<String> stepTexts,
            @RequestParam(required = false) String stakeholders, @RequestParam(required = false) String visibility,
            @RequestParam(name = GuestFeedbackController.CONFIRM, required = false) String confirm,
            @RequestParam(name = GuestFeedbackController.ASKED, required = false) String asked,
            @RequestParam(name = InPlace.RETURN, required = false) String back,
            @RequestHeader(value = "HX-Request", required = false) String htmx,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        InPlace inPlace = InPlace.of(back, htmx);
        List<Row> rewards = rows(rewardKinds, rewardTexts);
        List<Row> steps = rows(stepKinds, stepTexts);
        Ask question = ask(draft, confirm, asked, "Nothing was published yet", "Publish it as it is");
        if (question != null) {
            return renderForm(actor, id, draft, pad(rewards), pad(steps), value(stakeholders), visibility, FormErrors.NONE, List.of(), question,
                    inPlace, model, response);
        }
        try {
            var typed = new Celebration.Draft(draft.combined(),
                    rewards.stream().map(r -> new Celebration.Reward(kind(Celebration.RewardKind.class, r.kind()), r.description())).toList(),
                    steps.stream().map(s -> new Celebration.NextStep(null, kind(Celebration.NextStepKind.class, s.kind()), s.description(), null, 0)).toList(),
                    emails(stakeholders), kind(CelebrationVisibility.class, visibility));
            var published = celebrations.publish(actor, id, typed, null);
            String done = "Published. " + (published.links().isEmpty() ? "" : "Invitations are on their way.");
            if (inPlace.active() && inPlace.dialog()) {
                response.setHeader("HX-Trigger", InPlace.doneTrigger(done.strip(), !published.links().isEmpty()));
                if (published.links().isEmpty()) {
                    response.setStatus(204);
                    return null;
                }
                model.addAttribute("page", new PublishedInPlace(done, published.links(), page(id)));
                return "milestone/celebrationPublishedDialog";
            }
            redirect.addFlashAttribute("flash", done);
            redirect.addFlashAttribute("links", published.links());
            return "redirect:" + (inPlace.active() && published.links().isEmpty() ? inPlace.returnTo() : page(id));
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return renderForm(actor, id, draft, pad(rewards), pad(steps), value(stakeholders), visibility, FormErrors.of(e),
                    e.errors().stream().map(InvalidInputException.FieldError::message).toList(), null, inPlace, model, response);
        } catch (NotAllowedException e) {
            response.setStatus(403);
            return renderForm(actor, id, draft, pad(rewards), pad(steps), value(stakeholders), "PAIR", FormErrors.of("visibility", e.getMessage()),
                    List.of(e.getMessage()), null, inPlace, model, response);
        }
    }

    private String renderForm(Actor actor, MilestoneId id, FeedbackDraft draft, List<Row> rewards, List<Row> steps, String stakeholders,
            String visibility, FormErrors errors, List<String> problems, Ask ask, InPlace inPlace, Model model, HttpServletResponse response) {
        Milestones.Visible visible = milestones.visible(actor, id);
        visible.mentorship().pair().requireMember(actor.personId(), "celebrate their milestones");
        if (!visible.milestone().isReached()) {
            throw new InvalidStateException("Celebrate a milestone once it is reached; mark it reached with its evidence first");
        }
        var goal = milestones.goal(actor, visible.milestone().goalId());
        var story = milestones.story(actor, id);
        var box = FeedbackBox.blank(BOX_ID)
                .labelled("Recognition", "Name what was achieved and the concrete difference it made, for whom. The check below points out vague or trait words.");
        box = box.with(draft, null, draft.combined().isBlank() ? box.findings() : quality.panel(BOX_ID, draft, null, actor.timeZone()));
        if (errors.has(Celebration.RECOGNITION)) {
            box = box.withError(errors.get(Celebration.RECOGNITION));
        }
        boolean mentee = visible.mentorship().isMentee(actor.personId());
        model.addAttribute("page", new FormPage(MilestoneView.of(visible.milestone(), goal.unit()), goal.title(), box, story.story(), story.edited(),
                MilestoneController.at(MilestoneController.STORY, id), mentee, "", names(Celebration.RewardKind.values()),
                names(Celebration.NextStepKind.values()), rewards, steps, stakeholders, visibility == null ? "PAIR" : visibility, errors, problems,
                page(id), ask, inPlace));
        if (inPlace.active() && inPlace.dialog()) {
            // the check-in page's script swaps a refused form into the dialog whatever the status
            response.setHeader("X-Tandem-Fragment", "1");
            return "milestone/celebrationDialog";
        }
        return "milestone/celebrationForm";
    }

    // ------------------------------------------------------------- published

    @GetMapping(PAGE)
    String celebration(Actor actor, @PathVariable MilestoneId id, Model model) {
        return renderPage(actor, id, null, model);
    }

    @PostMapping(VISIBILITY)
    String visibility(Actor actor, @PathVariable MilestoneId id, @RequestParam(required = false) String visibility, @RequestParam long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            celebrations.changeVisibility(actor, id, kind(CelebrationVisibility.class, visibility), OptionalLong.of(version));
            redirect.addFlashAttribute("flash", "Saved: who sees this celebration.");
            return "redirect:" + page(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return renderPage(actor, id, "Choose who may see the celebration.", model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return renderPage(actor, id, "Someone changed this celebration meanwhile; here it is as it stands now.", model);
        }
    }

    /** Its author rewrites the recognition; a text with findings is held once, as feedback is everywhere (decision 0090). */
    @PostMapping(RECOGNITION)
    String changeRecognition(Actor actor, @PathVariable MilestoneId id, FeedbackDraft draft, @RequestParam long version,
            @RequestParam(name = GuestFeedbackController.CONFIRM, required = false) String confirm,
            @RequestParam(name = GuestFeedbackController.ASKED, required = false) String asked, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        Ask question = ask(draft, confirm, asked, "Not saved yet", "Save it as it is");
        CelebrationView now = celebrations.get(actor, id);
        if (question != null && now.recognitionChangeableUntil() != null && now.version() == version) {
            return renderPage(actor, id, null, filled(draft), question, model);
        }
        try {
            celebrations.changeRecognition(actor, id, draft.combined(), OptionalLong.of(version));
            redirect.addFlashAttribute("flash", "Saved: the new recognition. Readers see that it was edited, not what it said before.");
            return "redirect:" + page(id);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return renderPage(actor, id, null, filled(draft).withError(FormErrors.of(e).get(Celebration.RECOGNITION)), null, model);
        } catch (StaleVersionException e) {
            response.setStatus(409);
            return renderPage(actor, id, "Someone changed this celebration meanwhile; here it is as it stands now.", model);
        } catch (InvalidStateException e) {
            response.setStatus(409);
            return renderPage(actor, id, e.getMessage(), model);
        }
    }

    /** The question to hold a text with, or null to go on: asked once per text, and never after "as it is". */
    private Ask ask(FeedbackDraft draft, String confirm, String asked, String notYet, String asItIs) {
        return quality.askOnce(draft, confirm, asked, Celebration.MAX_RECOGNITION, notYet, asItIs + ", or edit it first?");
    }

    private FeedbackBox filled(FeedbackDraft draft) {
        return changeBox().with(draft, null, quality.panel(CHANGE_BOX_ID, draft, null, ZoneOffset.UTC));
    }

    private static FeedbackBox changeBox() {
        return FeedbackBox.blank(CHANGE_BOX_ID).labelled("The recognition, changed",
                "Rewrite it as you would like it read. Only the new words are kept; readers see that it was edited.");
    }

    @PostMapping(STEP_GOAL)
    String proposeGoal(Actor actor, @PathVariable MilestoneId id, @PathVariable UUID stepId, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        try {
            GoalId goal = celebrations.proposeNextStep(actor, id, stepId);
            redirect.addFlashAttribute("flash", "Proposed as a goal. Adjust its numbers there; it starts once the other side agrees.");
            return "redirect:" + GoalController.path(goal);
        } catch (InvalidStateException e) {
            response.setStatus(409);
            return renderPage(actor, id, e.getMessage(), model);
        }
    }

    private String renderPage(Actor actor, MilestoneId id, String error, Model model) {
        return renderPage(actor, id, error, null, null, model);
    }

    /** {@code box} re-shows a change of the recognition (with {@code ask}, its held question); null shows the stored text. */
    @SuppressWarnings("unchecked")
    private String renderPage(Actor actor, MilestoneId id, String error, FeedbackBox box, Ask ask, Model model) {
        CelebrationView view = celebrations.get(actor, id);
        List<Celebrations.Link> links = (List<Celebrations.Link>) model.asMap().getOrDefault("links", List.of());
        RecognitionChange change = view.recognitionChangeableUntil() == null ? null
                : new RecognitionChange(RECOGNITION.replace("{id}", id.toString()), view.version(), view.recognitionChangeableUntil(),
                        box != null ? box : filled(new FeedbackDraft(view.recognition(), null, null, null, null)), ask, box != null);
        model.addAttribute("page", new CelebrationPage(view, GoalController.path(new GoalId(view.goalId())), VISIBILITY.replace("{id}", id.toString()),
                links, (String) model.asMap().get("flash"), error, change));
        return "milestone/celebration";
    }

    // ------------------------------------------------------------------ lists

    @GetMapping(LIST)
    String list(Actor actor, @RequestParam(required = false) String cursor, Model model) {
        return renderList(actor, Optional.empty(), cursor, "Celebrations", "Milestones people in your organization chose to share, and your own.",
                LIST, model);
    }

    @GetMapping(PROGRAM_LIST)
    String programList(Actor actor, @PathVariable UUID id, @RequestParam(required = false) String cursor, Model model) {
        return renderList(actor, Optional.of(id), cursor, "Celebrations in this program", "What pairs of the program chose to share with it.",
                PROGRAM_LIST.replace("{id}", id.toString()), model);
    }

    /** Newest first, {@value #LIST_PAGE_SIZE} at a time, with a link to the older ones and back to the newest. */
    private String renderList(Actor actor, Optional<UUID> program, String cursor, String title, String subtitle, String path, Model model) {
        var page = celebrations.list(actor, program, PageRequest.of(LIST_PAGE_SIZE, cursor));
        model.addAttribute("page", new ListPage(title, subtitle, page.items().stream()
                .map(l -> new Listed(l.milestoneTitle(), excerpt(l.recognition()), l.visibility().name(), l.createdAt(), page(l.milestoneId())))
                .toList(), page.nextCursor() == null ? null : path + "?cursor=" + page.nextCursor(), cursor == null || cursor.isBlank() ? null : path));
        return "milestone/celebrations";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return List.of(new Entry("Celebrations", LIST));
    }

    // ---------------------------------------------------------------- helpers

    private static List<Row> rows(List<String> kinds, List<String> texts) {
        List<Row> rows = new ArrayList<>();
        int n = Math.max(kinds == null ? 0 : kinds.size(), texts == null ? 0 : texts.size());
        for (int i = 0; i < n; i++) {
            String kind = kinds != null && i < kinds.size() ? kinds.get(i) : "";
            String text = texts != null && i < texts.size() ? texts.get(i) : "";
            rows.add(new Row(kind == null ? "" : kind, text == null ? "" : text));
        }
        return n == 0 ? pad(rows) : rows;
    }

    private static List<Row> pad(List<Row> rows) {
        List<Row> padded = new ArrayList<>(rows);
        while (padded.size() < ROWS) {
            padded.add(new Row("", ""));
        }
        return padded;
    }

    private static <E extends Enum<E>> E kind(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<String> emails(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String value(String text) {
        return text == null ? "" : text;
    }

    private static String excerpt(String text) {
        return text.length() > 220 ? text.substring(0, 219) + "…" : text;
    }
}
