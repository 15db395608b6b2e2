package org.tandem.people.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * The one rule for every password Tandem stores, wherever it is set (a new person, an invitation, a reset, a
 * change, the first admin): 12 to 128 characters, and not one of the 30,000 most common passwords shipped in
 * {@code accounts/common-passwords.txt} (compared case-insensitively). Length counts characters as people see
 * them (code points), not bytes; the hash accepts any length (see {@link BcryptSha256PasswordEncoder}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String LIST = "/accounts/common-passwords.txt";

    private PasswordPolicy() {
    }

    /** What is wrong with this password, in words for the person choosing it; empty when it is fine. */
    public static Optional<String> problem(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters; a few words in a row make a good one");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (Common.PASSWORDS.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("is one of the most common passwords, the first ones anybody guessing tries; please choose another");
        }
        return Optional.empty();
    }

    public static List<FieldError> problems(String field, String password) {
        return problem(password).map(p -> List.of(new FieldError(field, p))).orElse(List.of());
    }

    /** Refuses a bad password with a 400 naming {@code field}. */
    public static void check(String field, String password) {
        var problems = problems(field, password);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    static int listSize() {
        return Common.PASSWORDS.size();
    }

    /** Loaded once, on first use (holder idiom: the class initialises when first touched, thread-safely). */
    private static final class Common {

        static final Set<String> PASSWORDS = load();

        private static Set<String> load() {
            try (InputStream in = PasswordPolicy.class.getResourceAsStream(LIST)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords " + LIST + " is missing from the application");
                }
                Set<String> passwords = new HashSet<>(40_000);
                try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                    reader.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> passwords.add(l.toLowerCase(Locale.ROOT)));
                }
                return Set.copyOf(passwords);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
