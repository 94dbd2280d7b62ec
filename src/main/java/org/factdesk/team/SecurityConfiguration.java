package org.factdesk.team;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.factdesk.base.web.ApiProblems;
import org.factdesk.team.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /**
     * The OpenAPI document and Swagger UI: for signed-in users, by session (a browser) or by token (a
     * script, the contract test). Anyone else is sent to sign in, or answered 401 if not a browser.
     */
    @Bean
    @Order(0)
    SecurityFilterChain apiDocsFilterChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
        return http
                .securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/api/docs", "/api/docs/**", "/swagger-ui/**")
                .csrf(csrf -> csrf.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    String accept = request.getHeader(HttpHeaders.ACCEPT);
                    if (accept != null && accept.contains("text/html")) {
                        response.sendRedirect(request.getContextPath() + "/login");
                    } else {
                        ApiProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                                "Sign in, or send \"Authorization: Bearer <token>\". Create a token on the Account page.");
                    }
                }))
                .build();
    }

    /**
     * The REST API: stateless, bearer tokens only, problem-details errors. It also guards the error
     * dispatch of a failed API request, so that such a failure answers JSON instead of being sent to
     * the UI's sign-in page.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
        return http
                .securityMatcher(SecurityConfiguration::isApiRequest)
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ApiProblems.write(request, response,
                                HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                                "Send \"Authorization: Bearer <token>\". Create a token on the Account page, "
                                        + "or with POST /api/auth/token."))
                        .accessDeniedHandler((request, response, ex) -> ApiProblems.write(request, response,
                                HttpServletResponse.SC_FORBIDDEN, "forbidden", "Your account may not do this.")))
                .build();
    }

    private static boolean isApiRequest(HttpServletRequest request) {
        Object errorUri = request.getDispatcherType() == DispatcherType.ERROR
                ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) : null;
        String uri = errorUri instanceof String s ? s : request.getRequestURI();
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith("/api/") || path.equals("/api");
    }

    /**
     * The Vaadin UI with its sign-in form. The form must use our throttled {@link AuthenticationManager}:
     * left to itself, Spring builds one of its own from the {@link UserDetailsService} bean, and that one
     * never asks {@link LoginThrottle}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain uiFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
                                      RequestUtil vaadinRequests) throws Exception {
        return http
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/frontend/**", "/images/**").permitAll())
                // Vaadin exempts its own requests (which carry Vaadin's CSRF token) and also the sign-in
                // page, which would let another site sign a browser in to an account of its choosing. The
                // sign-in form sends Spring's token from the page's meta tags, so only Vaadin's requests are exempt.
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                        .enableCsrfConfiguration(false))
                .csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                .build();
    }

    /**
     * An address the firewall refuses (an encoded NUL, a backslash, "//"): a problem for the API, as
     * anything else it says; the default's error dispatch would be refused again and end in the
     * container's HTML page.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            if (isApiRequest(request)) {
                ApiProblems.write(request, response, HttpServletResponse.SC_BAD_REQUEST, "invalid_input",
                        "The address holds characters an address may not (such as an encoded NUL, a backslash or "
                                + "//). Check how the path is built; ids are decimal numbers.");
            } else {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write("This address is malformed.");
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PrehashedBcrypt.delegating();
    }

    @Bean
    UserDetailsService userDetailsService(JdbcUserRepository users) {
        return login -> users.findPrincipalByLogin(login)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                                LoginThrottle throttle) {
        var dao = new DaoAuthenticationProvider(userDetailsService);
        dao.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(dao, throttle));
    }
}
