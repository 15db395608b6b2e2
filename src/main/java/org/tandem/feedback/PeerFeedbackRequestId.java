package org.tandem.feedback;

import java.util.Objects;
import java.util.UUID;

/** A request for peer feedback, sent to one teammate by guest link. */
public record PeerFeedbackRequestId(UUID value) {

    public PeerFeedbackRequestId {
        Objects.requireNonNull(value, "PeerFeedbackRequestId needs a value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
