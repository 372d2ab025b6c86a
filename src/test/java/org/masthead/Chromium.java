package org.masthead;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's Chromium, driven by Playwright, for the browser tests — never a downloaded browser.
 * Without it the tests are skipped with a loud message on a developer's machine, and fail under CI,
 * which must never pass without having run them.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of(System.getProperty("masthead.test.chromium", "/usr/bin/chromium"));
    /** Screenshots for people to look at, per database. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots", TestDatabase.kind());

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium headless, or skips (fails under CI) the calling test class when it is not installed. */
    public static Chromium launch(String testClass) {
        if (!Files.isExecutable(EXECUTABLE)) {
            String message = "Chromium is not installed at " + EXECUTABLE + ": the browser tests of " + testClass
                    + " are SKIPPED. Install Debian's chromium package to run them.";
            if (System.getenv("CI") != null) {
                throw new IllegalStateException(message.replace("are SKIPPED", "cannot be skipped under CI"));
            }
            System.err.println("\n*** " + message + " ***\n");
            Assumptions.abort(message);
        }
        try {
            Files.createDirectories(SCREENSHOTS);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        return new Chromium(playwright, browser);
    }

    public Browser browser() {
        return browser;
    }

    /** Signs in through the sign-in form, as a person does, with the test accounts' password. */
    public static void signIn(Page page, String siteBase, String email) {
        page.navigate(siteBase + "/signin");
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password").fill(TestAccounts.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    }

    /** A full-page picture as a reader scrolling down would see it, lazy pictures included. */
    public static void screenshot(Page page, String name) {
        page.evaluate("() => Promise.all([...document.images].map(img => { img.loading = 'eager'; "
                + "return img.decode().catch(() => null); }))");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    /** A picture of one part of a page, such as the discussion. */
    public static void screenshot(com.microsoft.playwright.Locator part, String name) {
        part.screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    @Override
    public void close() {
        playwright.close();
    }
}
