package org.masthead.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Chromium;
import org.masthead.DatabaseTest;
import org.masthead.TestArticles;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Readers in real Chromium, on an application of their own: posting, replying, voting, sorting,
 * loading more, commenting on a selected passage, asking to be notified, closing the invitation, and
 * seeing a live notice of a comment posted from another browser — all without a reload.
 */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=discussion-browser")
class Discussion_BrowserTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    Discussion discussion;

    /** Script errors on any page opened; there must be none. */
    private final java.util.List<String> pageErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    @org.junit.jupiter.api.AfterEach
    void noScriptErrors() {
        assertThat(pageErrors).as("script errors").isEmpty();
    }

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch(Discussion_BrowserTest.class.getSimpleName());
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    private ArticleRef article(String headline) {
        return articles.publish(TestArticles.story(headline + " " + UUID.randomUUID().toString().substring(0, 6))
                .withBody("The harbour committee met on Tuesday. The bridge will close for three weeks in March, "
                        + "the council said, while the old stone piers are repaired.\n\nTraders on the quay asked "
                        + "for the works to wait until the autumn."));
    }

    private Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.onPageError(error -> pageErrors.add(path + ": " + error));
        page.navigate("http://127.0.0.1:" + port + path);
        // Not "network idle": the page keeps a stream open for live notices.
        page.waitForLoadState(LoadState.LOAD);
        return page;
    }

    private static void write(Page page, String name, String email, String words) {
        Locator form = page.locator("#composer form");
        form.locator("textarea[name=body]").fill(words);
        if (form.locator("input[name=name]").count() > 0) {
            form.locator("input[name=name]").fill(name);
            form.locator("input[name=email]").fill(email);
        }
        form.locator("button[type=submit]").click();
    }

    @Test
    void aReader_posts_replies_votes_sorts_andLoadsMore_withoutAReload() {
        ArticleRef article = article("Bridge closure");
        for (int i = 0; i < 21; i++) {
            discussion.record(new Discussion.Recorded(article.id(), null, "Earlier Reader " + i, "earlier" + i + "@readers.test",
                    "An earlier comment, number " + i + ".", Instant.now().minusSeconds(3600 - i * 60L), null, null, i % 4, 0));
        }
        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = open(desktop, article.path());
            page.evaluate("() => window.__kept = true");
            write(page, "Zoë Brandt", "zoe@readers.test", "Three weeks is fine if the piers are *really* fixed.");
            page.locator("#thread-list > li .comment__author", new Page.LocatorOptions().setHasText("Zoë Brandt")).waitFor();
            Locator mine = page.locator("#thread-list > li").first();
            assertThat(mine.locator(".comment__author").innerText()).isEqualTo("Zoë Brandt");
            assertThat(mine.locator(".comment__text em").innerText()).isEqualTo("really");
            assertThat(page.locator("textarea[name=body]").first().inputValue()).isEmpty();

            Locator other = page.locator("#thread-list > li").nth(1);
            String otherId = other.getAttribute("id");
            other.locator(".comment__actions a", new Locator.LocatorOptions().setHasText("Reply")).first().click();
            Locator replyForm = page.locator("#reply-to-" + otherId.substring("comment-".length()) + " form");
            replyForm.waitFor();
            replyForm.locator("textarea[name=body]").fill("Replying in place, without leaving the page.");
            replyForm.locator("input[name=name]").fill("Quick Replier");
            replyForm.locator("input[name=email]").fill("quick@readers.test");
            replyForm.locator("button[type=submit]").click();
            page.locator("#" + otherId + " .replies .comment__text", new Page.LocatorOptions()
                    .setHasText("Replying in place")).waitFor();

            Locator up = other.locator(".votes__button--up").first();
            String before = up.locator(".votes__count").innerText();
            up.click();
            page.waitForCondition(() -> "true".equals(other.locator(".votes__button--up").first().getAttribute("aria-pressed")));
            assertThat(Integer.parseInt(other.locator(".votes__button--up .votes__count").first().innerText()))
                    .isEqualTo(Integer.parseInt(before) + 1);
            assertThat(mine.locator(".votes__button--up").isDisabled()).as("not on one's own").isTrue();
            Chromium.screenshot(page.locator("#comments"), "discussion-desktop.png");

            page.locator(".discussion__tabs a[data-sort=oldest]").click();
            page.waitForCondition(() -> page.locator("#thread-list > li .comment__author").first().innerText()
                    .equals("Earlier Reader 0"));
            assertThat(page.locator(".discussion__tabs a[data-sort=oldest]").getAttribute("aria-current")).isEqualTo("true");
            int shown = page.locator("#thread-list > li").count();
            page.locator("#more-link a").click();
            page.waitForCondition(() -> page.locator("#thread-list > li").count() > shown);
            assertThat(page.locator("#thread-list > li").count()).isEqualTo(22);
            assertThat(page.evaluate("() => window.__kept === true")).as("the page was never reloaded").isEqualTo(true);

            // The order is remembered: the next visit lists the oldest first again.
            Page again = open(desktop, article.path());
            again.waitForCondition(() -> "true".equals(again.locator(".discussion__tabs a[data-sort=oldest]").getAttribute("aria-current")));
        }
    }

    @Test
    void aReader_selectsAPassage_andCommentsOnIt_andThePassageGetsAMarker() {
        ArticleRef article = article("Passage");
        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = open(desktop, article.path());
            page.evaluate("""
                    () => {
                      const p = document.querySelector('.story__body p');
                      const text = p.firstChild;
                      const start = text.data.indexOf('The bridge will close');
                      const range = document.createRange();
                      range.setStart(text, start);
                      range.setEnd(text, start + 'The bridge will close for three weeks in March'.length);
                      getSelection().removeAllRanges();
                      getSelection().addRange(range);
                      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                    }""");
            Locator offer = page.locator(".passage-offer");
            offer.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
            offer.click();
            assertThat(page.locator("#composer [data-quote-shown]").innerText())
                    .isEqualTo("The bridge will close for three weeks in March");
            write(page, "Quoting Reader", "quoting@readers.test", "Three weeks seems optimistic.");
            page.locator("#thread-list .comment__quote").waitFor();
            Locator posted = page.locator("#thread-list > li").first();
            assertThat(posted.locator(".comment__quote p").innerText()).isEqualTo("The bridge will close for three weeks in March");

            Page reread = open(desktop, article.path());
            Locator marker = reread.locator(".story__body .passage-marker");
            marker.waitFor();
            assertThat(marker.innerText()).isEqualTo("1");
            assertThat(reread.locator(".story__body mark.passage").innerText()).isEqualTo("The bridge will close for three weeks in March");
            Chromium.screenshot(reread.locator(".story__body"), "passage-marker.png");
            marker.click();
            reread.waitForCondition(() -> "true".equals(reread.locator(".discussion__filter a[data-filter=inline]").getAttribute("aria-current"))
                    || reread.locator("#thread-list > li").count() == 1);
        }
    }

    @Test
    void aReader_asksToBeNotified_closesTheInvitation_andSeesALiveNoticeOfAnotherReadersComment() {
        ArticleRef article = article("Live");
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true));
                BrowserContext elsewhere = browser.newContext()) {
            Page page = open(phone, article.path());
            assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);

            Locator prompt = page.locator("[data-prompt]");
            assertThat(prompt.isVisible()).isTrue();
            assertThat(prompt.evaluate("p => getComputedStyle(p).position")).as("in the flow on a phone, covering nothing")
                    .isEqualTo("static");
            prompt.locator("[data-prompt-close]").click();
            assertThat(prompt.locator("[data-prompt-text]").isHidden()).isTrue();
            Page back = open(phone, article.path());
            assertThat(back.locator("[data-prompt-text]").isHidden()).as("remembered").isTrue();

            back.locator(".notify__summary").click();
            back.locator("#notify-email").fill("live-reader@readers.test");
            back.locator(".notify__form button[type=submit]").click();
            back.locator(".notice", new Page.LocatorOptions().setHasText("Check your inbox")).waitFor();

            Page other = open(elsewhere, article.path());
            write(other, "Far Away", "far@readers.test", "Posted from another browser.");
            other.locator("#thread-list .comment__text", new Page.LocatorOptions().setHasText("Posted from another browser")).waitFor();

            Locator live = back.locator("[data-live-show]");
            live.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE).setTimeout(20_000));
            assertThat(live.innerText()).isEqualTo("1 new comment — show");
            live.click();
            back.locator("#thread-list .comment__text", new Page.LocatorOptions().setHasText("Posted from another browser")).waitFor();
            assertThat(back.locator(".discussion__count").innerText()).isEqualTo("1");
            Chromium.screenshot(back.locator("#comments"), "discussion-phone.png");
        }
    }
}
