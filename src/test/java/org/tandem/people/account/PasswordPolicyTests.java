package org.tandem.people.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tandem.shared.InvalidInputException;

class PasswordPolicyTests {

    @Test
    void twelveToOneHundredTwentyEightCharactersPass() {
        assertThat(PasswordPolicy.problem("abcdefghijk")).hasValueSatisfying(p -> assertThat(p).contains("at least 12"));
        assertThat(PasswordPolicy.problem("tulip harbor")).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(127) + "y")).isEmpty();
        assertThat(PasswordPolicy.problem("x".repeat(128) + "y")).hasValueSatisfying(p -> assertThat(p).contains("at most 128"));
    }

    @Test
    void lengthCountsCharactersAsPeopleSeeThemNotUtf16Units() {
        String emoji = "\uD83C\uDF3B";
        assertThat(PasswordPolicy.problem(emoji.repeat(12))).isEmpty();
        assertThat(PasswordPolicy.problem(emoji.repeat(128))).isEmpty();
        assertThat(PasswordPolicy.problem(emoji.repeat(11))).isPresent();
    }

    @Test
    void aCommonPasswordIsRefusedWhateverItsCase() {
        assertThat(PasswordPolicy.problem("qwerty123456")).hasValueSatisfying(p -> assertThat(p).contains("most common"));
        assertThat(PasswordPolicy.problem("QwErTy123456")).isPresent();
        assertThat(PasswordPolicy.problem("1QAZ2WSX3EDC")).isPresent();
    }

    @Test
    void aMissingPasswordIsRequiredAndCheckNamesTheField() {
        assertThat(PasswordPolicy.problem(null)).hasValue("is required");
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                        .containsExactly("newPassword"));
    }

    @Test
    void newHashesReadEveryCharacterOfALongPassword() {
        var encoder = Passwords.encoder();
        String long1 = "é".repeat(60) + "1";
        String long2 = "é".repeat(60) + "2";

        String hash = encoder.encode(long1);

        assertThat(hash).startsWith("{bcrypt-sha256}");
        assertThat(encoder.matches(long1, hash)).isTrue();
        assertThat(encoder.matches(long2, hash)).isFalse();
    }

    @Test
    void oldBcryptHashesStillMatchAndALongPasswordAgainstThemIsSimplyWrong() {
        var encoder = Passwords.encoder();
        String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("correct horse battery");

        assertThat(encoder.matches("correct horse battery", old)).isTrue();
        assertThat(encoder.matches("wrong horse battery", old)).isFalse();
        assertThat(encoder.matches("é".repeat(60), old)).isFalse();
    }
}
