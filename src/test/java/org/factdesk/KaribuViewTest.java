package org.factdesk;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;

/** Browserless UI tests: real views, real services, real PostgreSQL, no browser. */
@FactdeskIntegrationTest
public abstract class KaribuViewTest {

    private static Routes routes;

    @Autowired protected ApplicationContext context;
    @Autowired protected Fixtures fixtures;

    /**
     * Karibu's own discovery sees only public classes, and our views are package-private, so the
     * app's routes and error views are collected here; Karibu's mock error views fill the rest.
     */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() throws ClassNotFoundException {
        if (routes != null) {
            return;
        }
        var karibu = new Routes().autoDiscoverViews("org.factdesk");
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
        Set<Class<? extends Component>> views = new LinkedHashSet<>(karibu.getRoutes());
        Set<Class<? extends HasErrorParameter<?>>> errorViews = new LinkedHashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.factdesk")) {
            var type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Route.class)) {
                views.add((Class<? extends Component>) type);
            }
            if (HasErrorParameter.class.isAssignableFrom(type)) {
                errorViews.add((Class<? extends HasErrorParameter<?>>) type);
            }
        }
        karibu.getErrorRoutes().stream()
                .filter(mock -> mock != MockRouteNotFoundError.class)
                .forEach(errorViews::add);
        routes = new Routes(views, errorViews, karibu.getSkipPwaInit());
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        signOut();
        MockVaadin.tearDown();
    }

    /** Signs in as the sign-in form would, including what Vaadin's view access checks read from the request. */
    protected void signIn(String login) {
        var principal = fixtures.signIn(login);
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((p, role) -> principal.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(a -> a.equals("ROLE_" + role)));
    }

    protected void signOut() {
        fixtures.signOut();
        if (VaadinServletRequest.getCurrent() != null) {
            var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
            request.setUserPrincipalInt(null);
            request.setUserInRole((p, role) -> false);
        }
    }

    protected void navigate(String location) {
        int query = location.indexOf('?');
        if (query < 0) {
            UI.getCurrent().navigate(location);
        } else {
            UI.getCurrent().navigate(location.substring(0, query),
                    com.vaadin.flow.router.QueryParameters.fromString(location.substring(query + 1)));
        }
    }
}
