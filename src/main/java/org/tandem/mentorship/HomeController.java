package org.tandem.mentorship;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tandem.people.Actor;
import org.tandem.people.Role;
import org.tandem.program.Program;
import org.tandem.program.ProgramId;
import org.tandem.program.Programs;
import org.tandem.shared.NavContributor;

/** The first page after signing in, shaped by what the person does: mentor, mentee, lead or admin. */
@Controller
public class HomeController implements NavContributor {

    static final String HOME = "/";

    private final Mentorships mentorships;
    private final MentorshipViews views;
    private final Programs programs;
    private final List<AttentionSource> attentionSources;
    private final List<ProgramAlertSource> alertSources;
    private final Clock clock;

    HomeController(Mentorships mentorships, MentorshipViews views, Programs programs, List<AttentionSource> attentionSources,
            List<ProgramAlertSource> alertSources, Clock clock) {
        this.mentorships = mentorships;
        this.views = views;
        this.programs = programs;
        this.attentionSources = attentionSources;
        this.alertSources = alertSources;
        this.clock = clock;
    }

    public record ProgramSummary(String id, String name, long mentorships, int intervalDays) {
    }

    /** Something that needs the reader, with the name of the other person of the pair it belongs to. */
    public record AttentionItem(String with, Attention attention) {
    }

    /**
     * {@code nextCheckIns}: when each of the reader's pairs meets next, by mentorship id (absent when nothing is scheduled);
     * {@code programAlerts}: the flagged pairs of each program the reader leads (empty for anyone who leads none).
     */
    public record HomePage(String firstName, List<AttentionItem> attention, List<MentorshipView> asMentor, List<MentorshipView> asMentee,
                    Map<UUID, Instant> nextCheckIns, List<ProgramSummary> programs, List<ProgramAlerts> programAlerts, boolean isMentor,
                    boolean isMentee, boolean isLead, Instant now) {
    }

    @GetMapping(HOME)
    String home(Actor actor, Model model) {
        Instant now = clock.instant();
        List<Mentorship> pairs = mentorships.ofPerson(actor.organizationId(), actor.personId());
        List<MentorshipView> mine = views.of(actor.organizationId(), pairs);
        List<MentorshipView> asMentor = mine.stream().filter(m -> m.mentor().id().equals(actor.personId().value())).toList();
        List<MentorshipView> asMentee = mine.stream().filter(m -> m.mentee().id().equals(actor.personId().value())).toList();
        List<Program> visible = programs.visibleTo(actor);
        Map<ProgramId, Integer> pairsIn = mentorships.countVisible(actor, visible.stream().map(Program::id).toList());
        List<ProgramSummary> led = visible.stream()
                .map(p -> new ProgramSummary(p.id().toString(), p.name(), pairsIn.get(p.id()), p.defaultCadence().intervalDays()))
                .toList();
        model.addAttribute("page", new HomePage(actor.displayName().split(" ")[0], attention(actor, pairs, mine, now), asMentor, asMentee,
                views.nextCheckIns(actor.organizationId(), pairs), led,
                alertSources.stream().flatMap(source -> source.alertsFor(actor, now).stream()).toList(),
                actor.is(Role.MENTOR) || !asMentor.isEmpty(), actor.is(Role.MENTEE) || !asMentee.isEmpty(),
                actor.managesPeople(), now));
        return "mentorship/home";
    }

    /** What every feature says the reader's active pairs ask of them, most urgent first. */
    private List<AttentionItem> attention(Actor actor, List<Mentorship> pairs, List<MentorshipView> views, Instant now) {
        List<Mentorship> active = pairs.stream().filter(m -> m.status() == Mentorship.Status.ACTIVE).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        Map<UUID, MentorshipView> byId = views.stream().collect(Collectors.toMap(MentorshipView::id, Function.identity()));
        return attentionSources.stream()
                .flatMap(source -> source.attentionFor(actor, active, now).stream())
                .sorted(Attention.ORDER)
                .map(a -> new AttentionItem(otherOf(byId.get(a.mentorship().value()), actor), a))
                .toList();
    }

    private static String otherOf(MentorshipView pair, Actor actor) {
        if (pair == null) {
            return "";
        }
        return pair.mentor().id().equals(actor.personId().value()) ? pair.mentee().displayName() : pair.mentor().displayName();
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
