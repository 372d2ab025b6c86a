package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Chromium;
import org.masthead.DatabaseTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A reader in real Chromium (Debian's, never a downloaded one) at desktop and phone widths, on an
 * application and database of its own, so the screenshots in {@code target/screenshots/<database>/}
 * show the demo publication as a reader finds it, not other tests' leftovers.
 */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=reader-browser")
class Reader_BrowserTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch(Reader_BrowserTest.class.getSimpleName());
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate("http://127.0.0.1:" + port + path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        return page;
    }

    private static void screenshot(Page page, String name) {
        Chromium.screenshot(page, name);
    }

    @Test
    void desktopReader_goesFromTheFrontPageToAStory() {
        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page home = open(desktop, "/");
            assertThat(home.locator(".front__lead .card__headline").isVisible()).isTrue();
            assertThat(home.locator(".masthead__logo").evaluate("img => img.complete && img.naturalWidth > 0"))
                    .as("the publication's logo in the masthead").isEqualTo(true);
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

    /** A new reader on a phone: signs up, confirms through the mailed link, and meets the refusals they may meet. */
    @Test
    void phoneReader_signsUp_confirms_andReadsEveryRefusal() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true))) {
            String email = "phone-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@masthead.test";
            Page page = open(phone, "/signup");
            page.getByLabel("Name").fill("Αλεξάνδρα Νικολάου");
            page.getByLabel("Email").fill(email);
            page.getByLabel("Password").fill("a long and sensible password");
            page.locator("form button[type=submit]").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("body").innerText()).contains("We have sent a link to " + email,
                    "Open it to confirm your address and sign in");

            Page confirm = open(phone, "/verify?token=" + org.masthead.TestAccounts.confirmationToken(email));
            assertThat(confirm.locator("h1").innerText()).isEqualTo("Confirm your address");
            screenshot(confirm, "confirm-phone.png");
            confirm.getByText("Confirm and sign in").click();
            confirm.waitForURL("**/account?confirmed");
            assertThat(confirm.locator("body").innerText()).contains("your address is confirmed, and you are signed in");
            assertThat(confirm.locator(".meta").innerText()).doesNotContain("not yet confirmed");
            assertThat(confirm.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            screenshot(confirm, "account-confirmed-phone.png");

            Page throttled = open(phone, "/signin?throttled");
            assertThat(throttled.locator("body").innerText()).contains("Too many failed sign-ins. Wait");
            screenshot(throttled, "signin-throttled-phone.png");

            Page unreadable = open(phone, "/search?q=%ZZ");
            assertThat(unreadable.locator(".error-page .page-intro").innerText()).contains("broken %-escape");
            assertThat(unreadable.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
            screenshot(unreadable, "error-unreadable-phone.png");
        }
    }
}
