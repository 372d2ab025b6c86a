package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.DatabaseTest;
import org.masthead.TestDatabase;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader in real Chromium (Debian's, never a downloaded one) at desktop and phone widths. The
 * screenshots land in {@code target/screenshots/<database>/} for people to look at.
 */
@DatabaseTest
class Reader_BrowserTest {

    static final Path CHROMIUM = Path.of(System.getProperty("masthead.test.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots", TestDatabase.kind());

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() throws Exception {
        if (!Files.isExecutable(CHROMIUM) && System.getenv("CI") == null) {
            System.err.println("\n*** Chromium is not installed at " + CHROMIUM + ": browser tests SKIPPED. "
                    + "Install Debian's chromium package to run them. ***\n");
            Assumptions.abort("no Chromium at " + CHROMIUM);
        }
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    private Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate("http://127.0.0.1:" + port + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    /** A full-page picture as a reader scrolling down would see it, lazy pictures included. */
    private static void screenshot(Page page, String name) {
        page.evaluate("() => Promise.all([...document.images].map(img => { img.loading = 'eager'; "
                + "return img.decode().catch(() => null); }))");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)).setFullPage(true));
    }

    @Test
    void desktopReader_goesFromTheFrontPageToAStory() {
        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page home = open(desktop, "/");
            assertThat(home.locator(".front__lead .card__headline").isVisible()).isTrue();
            // Other tests publish stories without pictures; follow the first story that has one.
            var story = home.locator(".card:has(.card__image img)").first();
            String headline = story.locator(".card__headline").innerText();
            assertThat(story.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")).isEqualTo(true);
            screenshot(home, "home-desktop.png");

            story.locator(".card__headline a").click();
            home.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(home.locator("h1").innerText()).isEqualTo(headline);
            assertThat(home.locator("figure.story__figure img").evaluate("img => img.complete && img.naturalWidth > 0"))
                    .isEqualTo(true);
            assertThat(home.locator("figure figcaption").isVisible()).isTrue();
            assertThat(home.locator(".byline__names").innerText()).startsWith("Written by ");
            screenshot(home, "article-desktop.png");

            home.locator(".byline__names a").first().click();
            home.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(home.url()).contains("/author/");
            assertThat(home.locator(".page-bio").isVisible()).isTrue();
        }
    }

    @Test
    void keyboardReader_canSkipToTheContent() {
        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page home = open(desktop, "/");
            home.keyboard().press("Tab");
            assertThat(home.evaluate("document.activeElement.textContent")).isEqualTo("Skip to content");
            assertThat(home.locator(".skip-link").isVisible()).isTrue();
            home.keyboard().press("Enter");
            home.waitForURL("**/#main", new Page.WaitForURLOptions().setTimeout(5000));
            assertThat(home.url()).endsWith("#main");
        }
    }

    @Test
    void phoneReader_seesAPageThatFitsTheScreen() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            Page home = open(phone, "/");
            assertThat(home.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            screenshot(home, "home-phone.png");

            String path = home.locator(".card:has(.card__image img) .card__headline a").first().getAttribute("href");
            Page article = open(phone, path);
            assertThat(article.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            assertThat(article.locator(".support-cta a").isVisible()).isTrue();
            screenshot(article, "article-phone.png");
        }
    }
}
