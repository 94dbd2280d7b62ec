package org.factdesk.team;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factdesk.base.web.ApiProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>} on API requests. A header that is present but
 * malformed, unknown or revoked ends the request with 401 at once; no header leaves the request
 * anonymous, and the API's rules then answer 401 as well.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokenService tokens;

    ApiTokenAuthenticationFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            ApiProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "The Authorization header must be \"Bearer <token>\". Create a token on the Account page.");
            return;
        }
        var principal = tokens.authenticate(header.substring(7).trim());
        if (principal.isEmpty()) {
            ApiProblems.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "This API token is unknown or revoked. Create a new one on the Account page.");
            return;
        }
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
                principal.get().getAuthorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
