package org.factdesk.team.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.http.HttpServletRequest;
import org.factdesk.team.TokenSignIn;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuthApiController {

    private final TokenSignIn signIn;

    AuthApiController(TokenSignIn signIn) {
        this.signIn = signIn;
    }

    record TokenRequestJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String login,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String password,
                            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "newsroom script",
                                    description = "1 to 80 characters, to recognise the token on the Account page")
                            String name) {
    }

    record TokenJson(@Schema(description = "The secret, shown this once: send it as Authorization: Bearer <token>")
                     String token, long id, String name) {
    }

    @Operation(summary = "A personal API token for a login name and password",
            description = "Needs no token. Failed attempts are throttled like the sign-in form (429 with Retry-After).")
    @SecurityRequirements
    @PostMapping(path = "/api/auth/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    TokenJson token(@RequestBody TokenRequestJson body, HttpServletRequest request) {
        var token = signIn.issue(body.login(), body.password(), body.name(), request.getRemoteAddr());
        return new TokenJson(token.secret(), token.token().id(), token.token().name());
    }
}
