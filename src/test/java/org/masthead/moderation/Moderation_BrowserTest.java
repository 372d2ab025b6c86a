package org.masthead.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Chromium;
import org.masthead.DatabaseTest;
import org.masthead.Session;
import org.masthead.TestAccounts;
import org.masthead.TestArticles;
import org.masthead.TestComments;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.ArticleRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * In real Chromium: a reader is told their insult may be held and revises it; the article holds every
 * comment, so a moderator approves it from the queue with the keyboard, and picks it; an anonymous
 * reader then finds it on the article, above the threads. Shares the reader's browser application, so its screenshots show the
 * demo publication.
 */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=reader-browser")
class Moderation_BrowserTest {

    static Chromium chromium;
    static Browser browser;
    /** One moderator for the class: making an account waits for its confirmation mail. */
    static Member moderator;

    @LocalServerPort
    int port;

    @Autowired
    TestArticles articles;

    @Autowired
    Accounts accounts;

    @Autowired
    RuleSettings settings;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch(Moderation_BrowserTest.class.getSimpleName());
        browser = chromium.browser();
    }

    @AfterAll
    static void close() {
        moderator = null;
        if (chromium != null) {
            chromium.close();
        }
    }

    private Member moderator() {
        if (moderator == null) {
            moderator = TestAccounts.with(accounts, Role.MODERATOR);
        }
        return moderator;
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Test
    void aHeldComment_isApprovedFromTheQueueByKeyboard_andAppearsForAnAnonymousReader() {
        ArticleRef article = articles.publish(TestArticles.story("The bypass vote " + UUID.randomUUID().toString().substring(0, 6))
                .withBody("The council voted for the bypass on Tuesday. Residents on the old road were not consulted."));
        settings.save(TestAccounts.owner(accounts), new ArticleRules(article.id(), true, null, null, null, null, null),
                "article rules changed");
        String insult = "You are an idiot if you think this bypass will help anyone on our street.";
        String words = "I doubt this bypass will help anyone on our street: the lorries will still come through.";
        try (BrowserContext readerContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page reader = readerContext.newPage();
            reader.navigate(url(article.path()));
            reader.getByLabel("Join the discussion").fill(insult);
            reader.locator("#name").fill("Agnieszka Nowak");
            reader.locator("#email").fill("agnieszka@readers.test");
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            reader.locator(".composer__hold").waitFor();
            assertThat(reader.locator("#comment-body-error").textContent()).contains("a moderator will read it before it appears");
            Chromium.screenshot(reader.locator("#composer"), "comment-may-be-held-phone.png");
            reader.getByLabel("Join the discussion").fill(words);
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            reader.getByText("Thank you. Your comment will appear once a moderator has read it.").waitFor();
        }
        // A veiled threat, posted anyway after the warning: the queue says which words kept what company.
        String veiled = "Your daughter walks home past the quarry every evening at six. Quiet spot, that. Be a shame.";
        Session stranger = new Session(port);
        assertThat(TestComments.post(stranger, article, veiled, "name", "Someone", "email",
                "someone@readers.test", "holdAccepted", "yes").statusCode()).isEqualTo(302);
        // One that no word list names (MenaceModel_Test shows the model's reading holds it): the queue says
        // the language model read it, and which known threat it resembles.
        String unnamed = "Accidents have a way of finding people like you.";
        assertThat(TestComments.post(stranger, article, unnamed, "name", "Someone", "email",
                "someone@readers.test", "holdAccepted", "yes").statusCode()).isEqualTo(302);

        try (BrowserContext deskContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page desk = deskContext.newPage();
            Chromium.signIn(desk, url(""), moderator().email());
            desk.navigate(url("/newsroom/moderation?order=oldest"));
            desk.waitForLoadState(LoadState.NETWORKIDLE);
            // The queue is the moderator's own: older held comments of other tests come first, so find ours.
            var ours = desk.locator(".queue-item", new Page.LocatorOptions().setHasText(words));
            ours.waitFor();
            Chromium.screenshot(desk, "moderation-queue.png");
            var threat = desk.locator(".queue-item", new Page.LocatorOptions().setHasText(veiled));
            assertThat(threat.locator(".queue-item__why").textContent())
                    .contains("intimidation: knowing a person's day", "intimidation: a hint of harm");
            Chromium.screenshot(threat, "moderation-veiled-threat.png");
            var read = desk.locator(".queue-item", new Page.LocatorOptions().setHasText(unnamed));
            assertThat(read.locator(".queue-item__why").textContent())
                    .contains("reads like a threat (language models", "closest known threat");
            Chromium.screenshot(read, "moderation-model-threat.png");
            // At a phone's width the model's long reason wraps within the page, which never scrolls sideways.
            desk.setViewportSize(390, 844);
            Chromium.screenshot(read, "moderation-model-threat-phone.png");
            assertThat((Boolean) desk.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .isTrue();
            desk.setViewportSize(1280, 900);
            int place = ((Number) desk.evaluate("(words) => [...document.querySelectorAll('.queue-item')]"
                    + ".findIndex(item => item.textContent.includes(words))", words)).intValue();
            for (int i = 0; i <= place; i++) {
                desk.keyboard().press("j");
            }
            assertThat(ours.getAttribute("class")).contains("queue-item--current");
            desk.keyboard().press("a");
            desk.waitForURL("**done=1-approved**");
            assertThat(desk.locator(".notice").textContent()).isEqualTo("1 comment approved.");

            desk.navigate(url("/newsroom/moderation?tab=approved"));
            desk.locator(".queue-item", new Page.LocatorOptions().setHasText(words))
                    .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Pick as editor’s pick")).click();
            desk.waitForURL("**done=1-picked**");
        }

        try (BrowserContext anonymousContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page anonymous = anonymousContext.newPage();
            anonymous.navigate(url(article.path()));
            assertThat(anonymous.locator(".picks").textContent()).contains("Editor’s pick").contains(words);
            assertThat(anonymous.locator("#thread-list").textContent()).contains(words);
            Chromium.screenshot(anonymous.locator("#comments"), "editors-pick.png");
        }
    }

    @Test
    void aReaderReportsAComment_onAPhone_andAModeratorBansItsWriter_withTheirComments() {
        ArticleRef article = articles.publish(TestArticles.story("Harbour fees " + UUID.randomUUID().toString().substring(0, 6)));
        String words = "Everyone who disagrees with me here is paid by the council to say so. " + UUID.randomUUID();
        try (BrowserContext writerContext = browser.newContext()) {
            Page writer = writerContext.newPage();
            writer.navigate(url(article.path()));
            writer.getByLabel("Join the discussion").fill(words);
            writer.locator("#name").fill("Ivo Petrović");
            writer.locator("#email").fill("ivo.petrovic@readers.test");
            writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            writer.locator("#thread-list").getByText(words).waitFor();
        }
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page reader = phone.newPage();
            reader.navigate(url(article.path()));
            reader.locator(".comment", new Page.LocatorOptions().setHasText(words)).getByRole(AriaRole.LINK,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Report")).click();
            reader.getByLabel("Harassment of a person").check();
            reader.getByLabel("Anything a moderator should know (needed for “Something else”)").fill("Accuses everyone of being paid.");
            Chromium.screenshot(reader, "report-phone.png");
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report")).click();
            reader.getByText("Thank you. A moderator will read this comment.").waitFor();
        }
        try (BrowserContext deskContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page desk = deskContext.newPage();
            Chromium.signIn(desk, url(""), moderator().email());
            desk.navigate(url("/newsroom/moderation?tab=reported"));
            var ours = desk.locator(".queue-item", new Page.LocatorOptions().setHasText(words));
            assertThat(ours.locator(".queue-item__reports").textContent()).contains("Harassment of a person: Accuses everyone of being paid.");
            ours.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ban writer…")).click();
            desk.getByLabel("Reason (the banned commenter is shown it)").fill("Insulting other readers");
            desk.getByLabel("Also take down everything they have published or waiting").check();
            Chromium.screenshot(desk, "moderation-ban.png");
            desk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban")).click();
            desk.waitForURL("**/newsroom/moderation/bans?done=1");
            assertThat(desk.locator(".notice").textContent()).isEqualTo("The ban is in force; 1 comment was taken down with it.");
            Chromium.screenshot(desk, "moderation-bans.png");
        }
        try (BrowserContext anonymousContext = browser.newContext()) {
            Page anonymous = anonymousContext.newPage();
            anonymous.navigate(url(article.path()));
            assertThat(anonymous.locator("#comments").textContent()).doesNotContain(words);
        }
    }

    @Test
    void theRulesPage_triesAComment_andExplainsItsDecision() {
        Member owner = TestAccounts.owner(accounts);
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = context.newPage();
            Chromium.signIn(page, url(""), owner.email());
            page.navigate(url("/newsroom/moderation/rules"));
            page.getByLabel("A comment, to see what the rules would do with it (nothing is stored)")
                    .fill("I will find you and hurt you, you worthless moron.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try")).click();
            page.locator(".rules-try__result").waitFor();
            assertThat(page.locator(".rules-try__result").textContent()).contains("Held for a moderator");
            assertThat(page.locator(".rules-try__result table.why tbody tr").count()).isGreaterThan(0);
            Chromium.screenshot(page, "moderation-rules.png");
            page.navigate(url("/newsroom/moderation/audit"));
            Chromium.screenshot(page, "moderation-audit.png");
        }
    }

    @Test
    void anArticlesOwnRules_areSetByLabel_atPhoneWidth() {
        Member owner = TestAccounts.owner(accounts);
        ArticleRef article = articles.publish(TestArticles.story("Mayor Kallistratos " + UUID.randomUUID().toString().substring(0, 6)));
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            Chromium.signIn(page, url(""), owner.email());
            page.navigate(url("/newsroom/moderation/articles/" + article.id()));
            page.getByLabel("The publication's banned words").selectOption("off");
            page.getByLabel("More banned words, on this article only").fill("Kallistratos*\nΚαλλίστρατος");
            page.getByLabel("Hold every comment").selectOption("on");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            page.locator(".notice").waitFor();
            assertThat(page.locator(".notice").textContent()).isEqualTo("Saved.");
            assertThat(page.getByLabel("More banned words, on this article only").inputValue())
                    .isEqualTo("Kallistratos*\nΚαλλίστρατος");
            assertThat(page.getByLabel("The publication's banned words").inputValue()).isEqualTo("off");
            Chromium.screenshot(page, "moderation-article-rules-phone.png");
        }
    }
}
