package org.tandem.mentorship;

import java.time.Instant;
import java.util.List;
import org.tandem.people.Actor;

/**
 * A feature telling the home page what a person's pairs ask of them now. Sources answer only for the mentorships
 * given — the person's active ones, as mentor or mentee — and only what that person can act on.
 */
public interface AttentionSource {

    List<Attention> attentionFor(Actor actor, List<Mentorship> mine, Instant now);
}
