package org.tandem.program;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The growth questions and reflective prompts Tandem offers, read from {@code prompts/prompts-en.tsv}
 * (columns {@code id, section, emphasis, text}). A broken line fails loudly at startup with its line number:
 * a prompt silently missing from a check-in would be much harder to notice.
 */
public final class PromptLibrary {

    static final String RESOURCE = "/prompts/prompts-en.tsv";
    private static final String HEADER = "id\tsection\temphasis\ttext";
    private static final Pattern ID = Pattern.compile("[a-z]+(-[a-z]+)*-\\d{2}");

    private final List<Prompt> prompts;

    private PromptLibrary(List<Prompt> prompts) {
        this.prompts = List.copyOf(prompts);
    }

    /** The library shipped with Tandem, read once on first use. */
    public static PromptLibrary standard() {
        return Standard.LIBRARY;
    }

    private static final class Standard {
        static final PromptLibrary LIBRARY = fromResource(RESOURCE);
    }

    static PromptLibrary fromResource(String resource) {
        try (InputStream in = PromptLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Prompt library " + resource + " is not on the classpath");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read prompt library " + resource, e);
        }
    }

    static PromptLibrary read(Reader source, String name) throws IOException {
        List<Prompt> prompts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (var lines = new BufferedReader(source)) {
            String header = lines.readLine();
            if (header == null || !header.strip().equals(HEADER)) {
                throw new IllegalStateException(name + " line 1: expected the header \"" + HEADER.replace("\t", "<TAB>") + "\"");
            }
            int number = 1;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                Prompt prompt = parse(line, name + " line " + number);
                if (!ids.add(prompt.id())) {
                    throw new IllegalStateException(name + " line " + number + ": duplicate id " + prompt.id());
                }
                prompts.add(prompt);
            }
        }
        return new PromptLibrary(prompts);
    }

    private static Prompt parse(String line, String where) {
        String[] columns = line.split("\t", -1);
        if (columns.length != 4) {
            throw new IllegalStateException(where + ": expected 4 tab-separated columns, found " + columns.length);
        }
        String id = columns[0].strip();
        String text = columns[3].strip();
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException(where + ": id \"" + id + "\" should look like growth-tech-01");
        }
        if (text.isEmpty()) {
            throw new IllegalStateException(where + ": the prompt text is empty");
        }
        try {
            return new Prompt(id, SectionKind.valueOf(columns[1].strip()), Emphasis.valueOf(columns[2].strip()), text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown section or emphasis (" + columns[1] + ", " + columns[2] + ")", e);
        }
    }

    /**
     * Prompts for a section and emphasis: those written for the emphasis first, then the GENERAL ones, which
     * suit every emphasis. A null section or emphasis means "any", as the API's optional filters do.
     */
    public List<Prompt> find(SectionKind section, Emphasis emphasis) {
        return prompts.stream()
                .filter(p -> section == null || p.section() == section)
                .filter(p -> emphasis == null || p.emphasis() == emphasis || p.emphasis() == Emphasis.GENERAL)
                .sorted(Comparator.comparing((Prompt p) -> p.emphasis() == Emphasis.GENERAL))
                .toList();
    }

    public Optional<Prompt> byId(String id) {
        return prompts.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public List<Prompt> all() {
        return prompts;
    }
}
