package org.masthead.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Chromium;
import org.masthead.DatabaseTest;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * An editor in real Chromium writes an article with a lead image, previews it, schedules it,
 * publishes it; then an anonymous reader finds it on the front page and reads it. On an application
 * and database of its own, so its screenshots show only what it did.
 */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=editor-browser")
class Editor_BrowserTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch(Editor_BrowserTest.class.getSimpleName());
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(1400, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(40, 90, 140), 1400, 800, new Color(230, 190, 120)));
        g.fillRect(0, 0, 1400, 800);
        g.setColor(new Color(250, 245, 230));
        g.fillOval(900, 120, 220, 220);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    @Test
    void ownerFindsEveryNewsroomPage() {
        Member owner = TestAccounts.owner(accounts);
        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 1000))) {
            Page page = desk.newPage();
            Chromium.signIn(page, url(""), owner.email());
            Map<String, String> pages = new java.util.LinkedHashMap<>();
            pages.put("/newsroom", "Articles");
            pages.put("/newsroom/media", "Media library");
            pages.put("/newsroom/sections", "Sections");
            pages.put("/newsroom/authors", "Authors");
            pages.put("/newsroom/tags", "Tags");
            pages.put("/newsroom/people", "People");
            pages.put("/newsroom/settings", "Publication settings");
            pages.put("/account", "Your account");
            for (var entry : pages.entrySet()) {
                page.navigate(url(entry.getKey()));
                page.waitForLoadState(LoadState.NETWORKIDLE);
                assertThat(page.locator("h1").innerText()).as(entry.getKey()).isEqualTo(entry.getValue());
                String name = entry.getKey().equals("/newsroom") ? "newsroom-list" : entry.getKey().substring(1).replace('/', '-');
                Chromium.screenshot(page, name + ".png");
            }
            page.navigate(url("/newsroom"));
            page.locator("table.articles tbody a").first().click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            page.locator("a[href$='/revisions']").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("h1").innerText()).isEqualTo("Revisions");
            Chromium.screenshot(page, "newsroom-revisions.png");
        }
    }

    @Test
    void editorWritesSchedulesAndPublishes_readerSeesIt() throws Exception {
        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        String headline = "Lifeboat crew rehearse night rescue " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 1000))) {
            Page page = desk.newPage();
            Chromium.signIn(page, url(""), editor.email());
            page.navigate(url("/newsroom/articles/new"));

            page.locator("#headline").fill(headline);
            page.locator("#standfirst").fill("Volunteers practised a rescue in the dark off Gullstone Quay.");
            page.locator("#body").fill("The crew launched at **nine o'clock**.\n\n> It went like clockwork, said the coxswain.");
            page.locator("#preview strong").waitFor();
            assertThat(page.locator("#preview strong").innerText()).isEqualTo("nine o'clock");
            assertThat(page.locator("#preview blockquote").isVisible()).isTrue();
            page.locator("#sectionId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Town"));
            page.locator("input[name=authorIds]").first().check();
            page.locator("#tags").fill("Harbour, Lifeboat");
            page.locator("#leadImageFile").setInputFiles(new FilePayload("rescue.jpg", "image/jpeg", photo()));
            page.locator("#leadAlt").fill("A lifeboat under an evening sky");
            page.locator("#leadCaption").fill("The crew heads out past the harbour wall.");
            page.locator("#leadCredit").fill("Photo: Test Photographer");
            page.locator("button[value=save]").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator(".notice").innerText()).isEqualTo("Saved.");
            Chromium.screenshot(page, "newsroom-editor.png");

            String tomorrow = LocalDateTime.now(ZoneId.of("Europe/London")).plusDays(1).withSecond(0).withNano(0)
                    .toString().substring(0, 16);
            page.locator("#scheduleAt").fill(tomorrow);
            page.locator("button[value=schedule]").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator(".newsroom__head .status").textContent().strip()).startsWith("Scheduled for");

            page.locator("button[value=publish]").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator(".notice").innerText()).startsWith("Published.");

            // A question to readers about words selected in the text, without copying them by hand.
            page.locator("#body").evaluate("""
                    text => {
                      const start = text.value.indexOf('It went like clockwork');
                      text.focus();
                      text.setSelectionRange(start, start + 'It went like clockwork, said the coxswain.'.length);
                      text.dispatchEvent(new Event('select'));
                    }""");
            page.getByText("Ask readers about the selected words").click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.locator("#quote").inputValue()).isEqualTo("It went like clockwork, said the coxswain.");
            page.locator("#question").fill("Were you on the quay that night?");
            page.getByText("Ask readers", new Page.GetByTextOptions().setExact(true)).click();
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(page.content()).contains("Were you on the quay that night?");
        }

        try (BrowserContext reader = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page home = reader.newPage();
            home.navigate(url("/"));
            assertThat(home.locator(".card__headline").allInnerTexts()).contains(headline);
            home.locator(".card__headline a", new Page.LocatorOptions().setHasText(headline)).first().click();
            home.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat(home.locator("h1").innerText()).isEqualTo(headline);
            assertThat(home.locator("figure.story__figure img").getAttribute("alt")).isEqualTo("A lifeboat under an evening sky");
            assertThat(home.locator("figure figcaption .caption").innerText()).isEqualTo("The crew heads out past the harbour wall.");
            assertThat(home.locator("figure figcaption .credit").innerText()).isEqualToIgnoringCase("Photo: Test Photographer");
            assertThat(home.locator("figure.story__figure img").evaluate("img => img.complete && img.naturalWidth > 0")).isEqualTo(true);
            assertThat(home.locator(".story__body strong").innerText()).isEqualTo("nine o'clock");
            assertThat(home.locator(".question__ask").innerText()).isEqualTo("Were you on the quay that night?");
            Chromium.screenshot(home, "published-article.png");
        }
    }
}
