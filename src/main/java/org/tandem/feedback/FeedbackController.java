package org.tandem.feedback;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.people.Actor;
import org.tandem.shared.NavContributor;

/**
 * The live check for signed-in people ({@link #CHECK}, answered with the findings panel for htmx) and the
 * practice page, where anyone can try the feedback box on its own. The practice page saves nothing.
 */
@Controller
public class FeedbackController implements NavContributor {

    public static final String PRACTICE = "/feedback";
    public static final String CHECK = "/feedback/check";
    public static final String PRACTICE_BOX = "practice";

    private final FeedbackQuality quality;

    FeedbackController(FeedbackQuality quality) {
        this.quality = quality;
    }

    public record PracticePage(FeedbackBox box, int staleAfterDays) {
    }

    @GetMapping(PRACTICE)
    String practice(Model model) {
        return render(practiceBox(), model);
    }

    /** Without JavaScript the form posts here and the whole page comes back with the findings. */
    @PostMapping(PRACTICE)
    String practiceChecked(Actor actor, FeedbackDraft draft, @RequestParam(required = false) String eventOn, Model model) {
        LocalDate date = date(eventOn);
        return render(practiceBox().with(draft, date, quality.panel(PRACTICE_BOX, draft, date, actor.timeZone())), model);
    }

    /** The findings panel of a feedback box, for htmx; {@code box} is the id of the box that asks. */
    @PostMapping(CHECK)
    String check(Actor actor, FeedbackDraft draft, @RequestParam(required = false) String eventOn,
            @RequestParam(name = "box", required = false) String box, Model model) {
        model.addAttribute("panel", quality.panel(boxId(box), draft, date(eventOn), actor.timeZone()));
        return "feedback/findings";
    }

    private String render(FeedbackBox box, Model model) {
        model.addAttribute("page", new PracticePage(box, quality.staleAfterDays()));
        return "feedback/practice";
    }

    private static FeedbackBox practiceBox() {
        return FeedbackBox.blank(PRACTICE_BOX)
                .labelled("Your feedback", "Write it the way you would say it to them.")
                .askingEventDate();
    }

    /** An unreadable date is no date: the check is advice and never refuses a draft. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Element ids come back into the page, so only plain id characters are echoed. */
    static String boxId(String requested) {
        return requested != null && requested.matches("[A-Za-z][A-Za-z0-9_-]{0,40}") ? requested : "feedback";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return List.of(new Entry("Practice feedback", PRACTICE));
    }
}
