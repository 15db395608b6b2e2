package org.tandem.people.sso;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Spring's own OIDC user loading (ID token checked, user info merged), then the match to a person. */
final class SsoUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService provider;
    private final SsoAccounts accounts;

    SsoUserService(SsoAccounts accounts, OidcUserService provider) {
        this.accounts = accounts;
        this.provider = provider;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        return new SsoUser(user, accounts.match(user));
    }
}
