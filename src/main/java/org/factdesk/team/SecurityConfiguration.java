package org.factdesk.team;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.factdesk.team.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** The REST API: stateless, bearer tokens only, JSON errors. */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
        return http
                .securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ApiErrors.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                                "Send \"Authorization: Bearer <token>\". Create a token on the Account page."))
                        .accessDeniedHandler((request, response, ex) -> ApiErrors.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "forbidden", "Your account may not do this.")))
                .build();
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
