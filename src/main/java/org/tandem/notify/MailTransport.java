package org.tandem.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Email over SMTP through Spring's {@link JavaMailSender}, as {@code spring.mail.*} configures it: a
 * multipart message with the plain text first and the HTML alternative second. The Message-ID comes from
 * the outbox id, so a receiving system can recognise the same message.
 */
@Component
class MailTransport implements Transport {

    private final ObjectProvider<JavaMailSender> sender;
    private final boolean hostConfigured;
    private final String from;

    MailTransport(ObjectProvider<JavaMailSender> sender, Environment environment, NotifyProperties properties) {
        this.sender = sender;
        // Boot creates a sender even for an empty host; an empty host means "embedded, keep mail in the outbox".
        this.hostConfigured = StringUtils.hasText(environment.getProperty("spring.mail.host"));
        this.from = properties.mailFrom();
    }

    @Override
    public QueuedMessage.Channel channel() {
        return QueuedMessage.Channel.MAIL;
    }

    @Override
    public boolean ready() {
        return hostConfigured && sender.getIfAvailable() != null;
    }

    @Override
    public void send(QueuedMessage message) throws Failure {
        JavaMailSender mail = sender.getObject();
        try {
            MimeMessage mime = mail instanceof JavaMailSenderImpl impl ? new StableIdMessage(impl, message) : mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            if (message.bodyHtml() == null) {
                helper.setText(message.bodyText(), false);
            } else {
                helper.setText(message.bodyText(), message.bodyHtml());
            }
            mail.send(mime);
        } catch (AddressException | MailParseException | MailPreparationException e) {
            throw new Failure("The address or content cannot be sent: " + e.getMessage(), true, e);
        } catch (MailAuthenticationException e) {
            throw Failure.transientFailure("The SMTP server refused our credentials: " + e.getMessage(), e);
        } catch (MessagingException | MailException e) {
            throw Failure.transientFailure("SMTP delivery failed: " + e.getMessage(), e);
        }
    }

    private static final class StableIdMessage extends MimeMessage {

        private final String id;

        StableIdMessage(JavaMailSenderImpl sender, QueuedMessage message) {
            super(sender.getSession());
            this.id = "<" + message.id() + "@tandem>";
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
