package org.tandem.people.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tandem.people.OrganizationId;
import org.tandem.people.PersonId;
import org.tandem.shared.Ids;
import org.tandem.shared.Links;
import org.tandem.shared.SecretTokens;

/**
 * Makes and checks one-time links: 256 random bits in the address, only their SHA-256 hash in the database (like
 * personal access tokens: a slow hash adds nothing to a secret with this much entropy). Issuing a link voids the
 * person's earlier links of the same purpose.
 */
@Component
class OneTimeLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountLinkRepository links;
    private final Clock clock;
    private final Links urls;

    OneTimeLinks(AccountLinkRepository links, Clock clock, Links urls) {
        this.links = links;
        this.clock = clock;
        this.urls = urls;
    }

    record Issued(AccountLink link, String url) {
    }

    /** A fresh link for the person at {@code pathTemplate} (with a {@code {token}} placeholder); older ones stop working. */
    Issued issue(OrganizationId organization, PersonId person, LinkPurpose purpose, String pathTemplate) {
        Instant now = clock.instant();
        links.voidOutstanding(organization, person, purpose, now);
        String token = newToken();
        var link = new AccountLink(Ids.next(), organization, person, purpose, now, now.plus(purpose.lifetime()), null, null);
        links.insert(link, hash(token));
        return new Issued(link, urls.absolute(pathTemplate.replace("{token}", token)));
    }

    /** The link behind a token if it can still be used now; empty for unknown, used, replaced or expired ones alike. */
    Optional<AccountLink> usable(String token, LinkPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByHash(hash(token), purpose).filter(l -> l.usableAt(now));
    }

    /** Uses the link once: false if a concurrent request used or voided it first. */
    boolean use(AccountLink link) {
        return links.markUsed(link, clock.instant());
    }

    void voidOutstanding(OrganizationId organization, PersonId person, LinkPurpose purpose) {
        links.voidOutstanding(organization, person, purpose, clock.instant());
    }

    Optional<AccountLink> latest(OrganizationId organization, PersonId person, LinkPurpose purpose) {
        return links.latest(organization, person, purpose);
    }

    Instant now() {
        return clock.instant();
    }

    /** A token that is never stored: callers that must take as long for an unknown email as for a known one make one too. */
    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
