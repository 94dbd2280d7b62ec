package org.factdesk.team.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.MyProject;
import org.factdesk.team.ProjectId;
import org.factdesk.team.ProjectService;

/**
 * The frame around every signed-in page: the project switcher, the current project's sections,
 * the pages from {@code @Menu} entries, and the signed-in user.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final ProjectService projects;
    private final List<ProjectSection> sections;
    private final ComboBox<MyProject> switcher = new ComboBox<>();
    private final SideNav projectNav = new SideNav();
    private boolean updatingSwitcher;

    MainLayout(CurrentUser currentUser, ProjectService projects, List<ProjectSection> sections,
               List<HeaderItem> headerItems, AuthenticationContext authentication) {
        this.projects = projects;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ProjectSection::order)).toList();
        setPrimarySection(Section.DRAWER);
        addClassName("fd-main-layout");

        var toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        var spacer = new Div();
        spacer.addClassName("fd-navbar-spacer");
        // a keyboard user's first stop: past the menus to the page itself
        var skip = new com.vaadin.flow.component.html.Anchor("#fd-main", "Skip to main content");
        skip.addClassName("fd-skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().addEventListener("click", e -> getElement().executeJs(
                "const main = document.getElementById('fd-main'); if (main) { main.focus(); }"))
                .addEventData("event.preventDefault()");
        addToNavbar(true, skip, toggle, spacer);
        headerItems.forEach(item -> addToNavbar(true, item.create()));

        switcher.setPlaceholder("Choose a project");
        switcher.setAriaLabel("Project");
        switcher.setItemLabelGenerator(MyProject::name);
        switcher.setWidthFull();
        switcher.addClassName("fd-project-switcher");
        switcher.addValueChangeListener(e -> {
            if (!updatingSwitcher && e.isFromClient() && e.getValue() != null) {
                openProject(e.getValue().id());
            }
        });

        projectNav.addClassName("fd-project-nav");
        var mainNav = new SideNav();
        mainNav.addClassName("fd-main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> mainNav.addItem(entry.icon() == null
                ? new SideNavItem(entry.title(), entry.path())
                : new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()))));

        var principal = currentUser.require();
        addToDrawer(brand(), switcher, new Scroller(new Div(projectNav, mainNav)),
                userMenu(principal.displayName(), principal.getUsername(), authentication));

        // reader.js sends "?" from any page here
        getElement().addEventListener("fd-help", e -> org.factdesk.base.ui.ShortcutHelp.open());
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript("frontend/reader.js");
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            // the skip link's target: focusable by script, not by Tab
            content.getElement().setAttribute("id", "fd-main");
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    private static Component brand() {
        var mark = new Span("F");
        mark.addClassName("fd-brand-mark");
        var name = new Span("Factdesk");
        name.addClassName("fd-brand-name");
        var brand = new Div(mark, name);
        brand.addClassName("fd-brand");
        return brand;
    }

    private static Component userMenu(String displayName, String login, AuthenticationContext authentication) {
        var avatar = new Avatar(displayName);
        avatar.setColorIndex(3);
        var menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("fd-user-menu");
        var item = menu.addItem(avatar);
        item.add(new Span(displayName));
        item.setAriaLabel("Signed in as " + displayName);
        var sub = item.getSubMenu();
        sub.addItem("Signed in as " + login).setEnabled(false);
        sub.addItem("Account and API tokens", e -> TeamNavigation.navigateToAccount());
        sub.addItem("Sign out", e -> authentication.logout());
        return menu;
    }

    void openProject(ProjectId id) {
        CurrentProject.set(id);
        sections.stream().findFirst().ifPresent(section -> UI.getCurrent().navigate(section.path(id)));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var mine = projects.listMine(false);
        var current = CurrentProject.get()
                .flatMap(id -> mine.stream().filter(p -> p.id().equals(id)).findFirst());
        updatingSwitcher = true;
        try {
            switcher.setItems(mine);
            switcher.setValue(current.orElse(null));
        } finally {
            updatingSwitcher = false;
        }
        projectNav.removeAll();
        projectNav.setVisible(current.isPresent());
        current.ifPresent(project -> {
            projectNav.setLabel(project.name());
            for (var section : sections) {
                projectNav.addItem(new SideNavItem(section.label(), section.path(project.id()),
                        section.icon().create()));
            }
        });
        if (current.isEmpty()) {
            // archived, left, or never chosen: the switcher shows no project then
            CurrentProject.set(null);
        }
    }
}
