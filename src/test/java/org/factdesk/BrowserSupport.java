package org.factdesk;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real-browser tests drive the machine's Chromium ({@code /usr/bin/chromium}, or
 * {@code FACTDESK_CHROMIUM}); Playwright never downloads a browser of its own here.
 */
public final class BrowserSupport {

    private static Playwright playwright;
    private static Browser browser;

    private BrowserSupport() {
    }

    /** One Chromium for all real-browser tests of a JVM; each test opens its own context. */
    public static synchronized Browser browser() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = chromium(playwright);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                browser.close();
                playwright.close();
            }));
        }
        return browser;
    }

    private static Browser chromium(Playwright playwright) {
        Path executable = Path.of(System.getenv().getOrDefault("FACTDESK_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ". Install it (apt-get install chromium) "
                    + "or set FACTDESK_CHROMIUM to its path.");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    /** Signs in through the sign-in form, as a person would, and waits for the first page. */
    public static void signIn(com.microsoft.playwright.Page page, int port, String login, String password) {
        page.navigate("http://localhost:" + port + "/login");
        page.locator("input[name=username]").fill(login);
        page.locator("input[name=password]").fill(password);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL("**/");
    }

    public static Path screenshot(String name) throws java.io.IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        return dir.resolve(name + ".png");
    }
}
