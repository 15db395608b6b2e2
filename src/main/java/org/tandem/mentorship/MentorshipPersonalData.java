package org.tandem.mentorship;

import java.util.List;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.people.PersonalDataContributor;

/** A person's mentorships, with their preferences, in their data export. */
@Component
class MentorshipPersonalData implements PersonalDataContributor {

    private final Mentorships mentorships;
    private final MentorshipViews views;

    MentorshipPersonalData(Mentorships mentorships, MentorshipViews views) {
        this.mentorships = mentorships;
        this.views = views;
    }

    @Override
    public String section() {
        return "mentorships";
    }

    @Override
    public List<MentorshipView> export(OrganizationId organization, PersonId person) {
        return views.of(organization, mentorships.ofPerson(organization, person));
    }
}
