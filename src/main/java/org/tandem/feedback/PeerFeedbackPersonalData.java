package org.tandem.feedback;

import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.PersonalDataContributor;
import org.tandem.shared.CallerIdentity;

/**
 * A person's data export includes the peer feedback of their mentorships: the requests (with the invited
 * teammate's email) and the answers. Like everything else the pair holds, they are in the export only for a
 * requester of that pair — the person themselves; an admin exporting someone else gets none of it (fails closed
 * without a signed-in caller). Erasing a mentee erases the peer feedback about them, requests and
 * answers alike; erasing a mentor keeps it, because it is about the mentee, who still needs it.
 */
@Component
class PeerFeedbackPersonalData implements PersonalDataContributor {

    private final Mentorships mentorships;
    private final PeerFeedbackRequests requests;
    private final PeerFeedbackRepository repository;

    PeerFeedbackPersonalData(Mentorships mentorships, PeerFeedbackRequests requests, PeerFeedbackRepository repository) {
        this.mentorships = mentorships;
        this.requests = requests;
        this.repository = repository;
    }

    @Override
    public String section() {
        return "peerFeedback";
    }

    @Override
    public List<PeerFeedbackView> export(OrganizationId organization, PersonId person) {
        PersonId requester = caller();
        return mentorships.ofPerson(organization, person).stream()
                .filter(m -> requester != null && m.isPair(requester))
                .flatMap(m -> requests.allOf(organization, m.id()).stream())
                .toList();
    }

    private static PersonId caller() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CallerIdentity caller
                ? new PersonId(caller.personId()) : null;
    }

    @Override
    @Transactional
    public void erase(OrganizationId organization, PersonId person) {
        mentorships.ofPerson(organization, person).stream()
                .filter(m -> m.isMentee(person))
                .forEach(m -> repository.deleteAll(organization, m.id()));
    }
}
