package org.tandem.people;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.tandem.people.account.PasswordPolicy;
import org.tandem.shared.InvalidInputException;
import org.tandem.shared.InvalidInputException.FieldError;

/**
 * What it takes to create or update a person, from the API, a form or a CSV row. One validation for all
 * three, so an import and a form refuse the same things with the same words. A password is optional: without one
 * the person is invited to choose theirs; updates never carry one (passwords change only through an invitation, a
 * reset or the person's own change).
 */
public record PersonDraft(String email, String displayName, Set<Role> roles, String team, String title,
                          String seniority, String timeZone, String password) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    static final String DEFAULT_ZONE = "UTC";
    /** The same words for a malformed address and for one that belongs to another organization, which must not show. */
    static final String UNUSABLE_EMAIL = "is not an email address we can use; check it or use another one";

    public PersonDraft {
        email = email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
        displayName = displayName == null ? null : displayName.trim();
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        team = blankToNull(team);
        title = blankToNull(title);
        seniority = blankToNull(seniority);
        timeZone = blankToNull(timeZone) == null ? DEFAULT_ZONE : timeZone.trim();
    }

    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (email == null || email.isEmpty()) {
            errors.add(new FieldError("email", "is required"));
        } else if (email.length() > 320 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", UNUSABLE_EMAIL));
        }
        if (displayName == null || displayName.isEmpty()) {
            errors.add(new FieldError("displayName", "is required"));
        } else if (displayName.length() > 200) {
            errors.add(new FieldError("displayName", "must be at most 200 characters"));
        }
        if (roles.isEmpty()) {
            errors.add(new FieldError("roles", "needs at least one of ADMIN, PROGRAM_LEAD, MENTOR, MENTEE"));
        }
        tooLong(errors, "team", team, 200);
        tooLong(errors, "title", title, 200);
        tooLong(errors, "seniority", seniority, 50);
        try {
            ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            errors.add(new FieldError("timeZone", "'" + timeZone + "' is not a time zone such as Europe/Berlin"));
        }
        if (password != null) {
            errors.addAll(PasswordPolicy.problems("password", password));
        }
        return errors;
    }

    PersonDraft validated() {
        List<FieldError> errors = problems();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return this;
    }

    /** The same draft without a password: what an update may carry. */
    PersonDraft withoutPassword() {
        return new PersonDraft(email, displayName, roles, team, title, seniority, timeZone, null);
    }

    ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
