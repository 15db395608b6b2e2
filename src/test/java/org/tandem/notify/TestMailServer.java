package org.tandem.notify;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMultipart;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** One GreenMail SMTP server for the whole test run, on a free port, named as the application's mail host. */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = server().getSmtp().getPort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tandem-test-mail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(port))));
    }

    /** The first body part of this type in a received mail, however deep the multipart nesting; null when none. */
    public static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof MimeMultipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = part(multipart.getBodyPart(i), type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
