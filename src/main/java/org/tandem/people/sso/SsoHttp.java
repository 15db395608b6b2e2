package org.tandem.people.sso;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.converter.ClaimTypeConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/**
 * Every call Tandem makes to the single sign-on provider — its discovery document, the token endpoint, its signing
 * keys, its user info — with a time limit ({@code tandem.oidc.http-timeout}, 10 s). Spring Security's defaults wait
 * forever, and a sign-in waiting on a provider that stopped answering holds one of the instance's requests in
 * flight (decision 0101): enough of them and the instance refuses everyone. Each piece is Spring Security's own,
 * given a client with limits, as its reference documentation describes.
 */
final class SsoHttp {

    private final JdkClientHttpRequestFactory requests;

    SsoHttp(Duration timeout) {
        requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(timeout);
    }

    /** The provider's discovery document, read with a limit; the issuer it names must be the one configured. */
    Map<String, Object> discovery(String issuer) {
        String location = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        Map<String, Object> document = RestClient.builder().requestFactory(requests).build()
                .get().uri(location + "/.well-known/openid-configuration").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        if (document == null || !issuer.equals(document.get("issuer"))) {
            throw new IllegalStateException("The discovery document of " + issuer + " names another issuer: "
                    + (document == null ? null : document.get("issuer")));
        }
        return document;
    }

    /** The token endpoint's client, as Spring Security builds it, with limits. */
    RestClientAuthorizationCodeTokenResponseClient tokens() {
        var client = new RestClientAuthorizationCodeTokenResponseClient();
        client.setRestClient(RestClient.builder().requestFactory(requests)
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build());
        return client;
    }

    /** Spring Security's OIDC user loading, whose user-info call has limits. */
    OidcUserService users() {
        RestTemplate rest = new RestTemplate(requests);
        rest.setErrorHandler(new OAuth2ErrorResponseErrorHandler());
        var userInfo = new DefaultOAuth2UserService();
        userInfo.setRestOperations(rest);
        var users = new OidcUserService();
        users.setOauth2UserService(userInfo);
        return users;
    }

    /**
     * The ID token's decoder: what {@link OidcIdTokenDecoderFactory} builds by default (RS256 keys from the provider's
     * key set, the timestamp and OIDC ID-token checks, its claim types), with limits on reading the keys.
     */
    JwtDecoderFactory<ClientRegistration> idTokens() {
        AtomicReference<JwtDecoder> decoder = new AtomicReference<>();
        RestTemplate keys = new RestTemplate(requests);
        return registration -> decoder.updateAndGet(known -> known != null ? known : idTokenDecoder(registration, keys));
    }

    private static JwtDecoder idTokenDecoder(ClientRegistration registration, RestTemplate keys) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                .jwsAlgorithm(SignatureAlgorithm.RS256).restOperations(keys).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), new OidcIdTokenValidator(registration)));
        decoder.setClaimSetConverter(new ClaimTypeConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
        return decoder;
    }
}
