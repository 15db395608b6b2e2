package org.tandem.notify;

import java.util.ArrayList;
import java.util.List;

/**
 * The body of an email, written once and rendered twice: plain text that reads well on its own, and a
 * small HTML part with the same words. Every value is escaped for the HTML part.
 */
public record MailContent(String text, String html) {

    static final String FOOTER = "Tandem. You choose which emails you receive under Settings, Notifications.";

    public static Builder titled(String heading) {
        return new Builder(heading);
    }

    private sealed interface Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Bullets(List<String> items) implements Block {
    }

    private record Link(String label, String url) implements Block {
    }

    public static final class Builder {

        private final String heading;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String heading) {
            this.heading = heading;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder bullets(List<String> items) {
            if (!items.isEmpty()) {
                blocks.add(new Bullets(List.copyOf(items)));
            }
            return this;
        }

        public Builder link(String label, String url) {
            blocks.add(new Link(label, url));
            return this;
        }

        public MailContent build() {
            StringBuilder text = new StringBuilder(heading).append("\n\n");
            StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><body style=\"font-family:system-ui,sans-serif;"
                    + "line-height:1.5;max-width:36em\"><h1 style=\"font-size:1.25em\">").append(escape(heading)).append("</h1>");
            for (Block block : blocks) {
                switch (block) {
                    case Paragraph p -> {
                        text.append(p.text()).append("\n\n");
                        html.append("<p>").append(escape(p.text())).append("</p>");
                    }
                    case Bullets b -> {
                        html.append("<ul>");
                        b.items().forEach(item -> {
                            text.append("- ").append(item).append('\n');
                            html.append("<li>").append(escape(item)).append("</li>");
                        });
                        text.append('\n');
                        html.append("</ul>");
                    }
                    case Link l -> {
                        text.append(l.label()).append(": ").append(l.url()).append("\n\n");
                        html.append("<p><a href=\"").append(escape(l.url())).append("\">").append(escape(l.label())).append("</a></p>");
                    }
                }
            }
            text.append("-- \n").append(FOOTER).append('\n');
            html.append("<p style=\"color:#555;font-size:.875em\">").append(escape(FOOTER)).append("</p></body></html>");
            return new MailContent(text.toString(), html.toString());
        }
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
