package org.tandem.mentorship;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.people.Actor;
import org.tandem.people.Role;
import org.tandem.program.Programs;
import org.tandem.shared.NavContributor;
import org.tandem.shared.PageRequest;

/** The first page after signing in, shaped by what the person does: mentor, mentee, lead or admin. */
@Controller
public class HomeController implements NavContributor {

    static final String HOME = "/";

    private final Mentorships mentorships;
    private final MentorshipViews views;
    private final Programs programs;

    HomeController(Mentorships mentorships, MentorshipViews views, Programs programs) {
        this.mentorships = mentorships;
        this.views = views;
        this.programs = programs;
    }

    public record ProgramSummary(String id, String name, long mentorships, int intervalDays) {
    }

    public record HomePage(String firstName, List<MentorshipView> asMentor, List<MentorshipView> asMentee, List<ProgramSummary> programs,
                    boolean isMentor, boolean isMentee, boolean isLead, Instant now) {
    }

    @GetMapping(HOME)
    String home(Actor actor, Model model) {
        List<MentorshipView> mine = views.of(actor.organizationId(), mentorships.ofPerson(actor.organizationId(), actor.personId()));
        List<MentorshipView> asMentor = mine.stream().filter(m -> m.mentor().id().equals(actor.personId().value())).toList();
        List<MentorshipView> asMentee = mine.stream().filter(m -> m.mentee().id().equals(actor.personId().value())).toList();
        List<ProgramSummary> led = programs.visibleTo(actor).stream()
                .map(p -> new ProgramSummary(p.id().toString(), p.name(),
                        mentorships.list(actor, Optional.of(p.id()), PageRequest.first(PageRequest.MAX_LIMIT)).items().size(),
                        p.defaultCadence().intervalDays()))
                .toList();
        model.addAttribute("page", new HomePage(actor.displayName().split(" ")[0], asMentor, asMentee, led,
                actor.is(Role.MENTOR) || !asMentor.isEmpty(), actor.is(Role.MENTEE) || !asMentee.isEmpty(),
                actor.managesPeople(), Instant.now()));
        return "mentorship/home";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public List<Entry> entries(Set<String> roles) {
        return List.of(new Entry("Home", HOME));
    }
}
