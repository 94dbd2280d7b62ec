package org.factdesk.team.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import org.factdesk.team.UserService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts for automated set-ups: newsrooms provision their desks from scripts. */
@RestController
class UserApiController {

    private final UserService users;

    UserApiController(UserService users) {
        this.users = users;
    }

    record NewUserJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "rosa") String login,
                       @Schema(example = "Rosa Diaz") String name,
                       @Schema(example = "rosa@example.org") String email,
                       @Schema(description = "At least 10 characters. Without one the account gets a temporary "
                               + "password, to be changed at first sign-in.") String password) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UserJson(long id, String login, String name, String email, boolean mustChangePassword,
                    @Schema(description = "Only when no password was sent: hand it over; it must be changed at "
                            + "first sign-in.", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
                    String temporaryPassword) {
    }

    @Operation(summary = "Create a user account (instance admins)")
    @PostMapping(path = "/api/users", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    UserJson create(@RequestBody NewUserJson body) {
        var created = users.create(body.login(), body.name(), body.email(), false, body.password());
        var d = created.user().data();
        return new UserJson(created.user().id().value(), d.login(), d.displayName(), d.email(), d.mustChangePassword(),
                created.temporaryPassword());
    }
}
