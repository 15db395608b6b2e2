package org.tandem.notify;

/** Carries a message out of Tandem on one channel. */
interface Transport {

    QueuedMessage.Channel channel();

    /** False when this instance cannot send on the channel at all (email without an SMTP host). */
    boolean ready();

    void send(QueuedMessage message) throws Failure;

    /** A failed attempt; a permanent one is not tried again (a refused address, a deleted webhook). */
    final class Failure extends Exception {

        private final boolean permanent;

        Failure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        static Failure transientFailure(String message, Throwable cause) {
            return new Failure(message, false, cause);
        }

        static Failure permanent(String message) {
            return new Failure(message, true, null);
        }

        boolean permanent() {
            return permanent;
        }
    }
}
