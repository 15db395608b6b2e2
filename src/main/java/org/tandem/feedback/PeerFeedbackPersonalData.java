package org.tandem.feedback;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.mentorship.Mentorships;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.PersonalDataContributor;

/**
 * A person's data export includes the peer feedback of their mentorships: the requests (with the invited
 * teammate's email) and the answers. Erasing a mentee erases the peer feedback about them, requests and
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
        return mentorships.ofPerson(organization, person).stream()
                .flatMap(m -> requests.allOf(organization, m.id()).stream())
                .toList();
    }

    @Override
    @Transactional
    public void erase(OrganizationId organization, PersonId person) {
        mentorships.ofPerson(organization, person).stream()
                .filter(m -> m.isMentee(person))
                .forEach(m -> repository.deleteAll(organization, m.id()));
    }
}
