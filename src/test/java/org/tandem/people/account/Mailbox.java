package org.tandem.people.account;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.notify.TestMailServer;

/** The mails the shared GreenMail server received for one address, and the one-time links in them. */
final class Mailbox {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final GreenMail server = TestMailServer.server();
    private final String address;

    private Mailbox(String address) {
        this.address = address;
    }

    static Mailbox of(String address) {
        return new Mailbox(address);
    }

    List<MimeMessage> messages() {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> to(m).equalsIgnoreCase(address)).toList();
    }

    /** Waits (polling, up to 20 s) until at least {@code count} mails arrived for the address; answers the newest. */
    MimeMessage awaitMessage(int count) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (messages().size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Fewer than " + count + " mails reached " + address + " within " + PATIENCE);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        return messages().getLast();
    }

    /** The path (from {@code /}) of the first link to {@code prefix} in the plain-text part of the mail. */
    static String linkPath(MimeMessage message, String prefix) {
        String text = TestMailServer.part(message, "text/plain");
        Matcher matcher = Pattern.compile("https?://[^/\\s]+(" + Pattern.quote(prefix) + "[A-Za-z0-9_-]+)").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link to " + prefix + " in: " + text);
        }
        return matcher.group(1);
    }

    static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String to(MimeMessage message) {
        try {
            var recipients = message.getRecipients(Message.RecipientType.TO);
            return recipients == null || recipients.length == 0 ? "" : recipients[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
