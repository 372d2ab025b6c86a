package org.masthead.funding;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.Chromium;
import org.masthead.DatabaseTest;
import org.masthead.StripeStandIn;
import org.masthead.TestAccounts;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A reader gives in real Chromium: picks an amount on the support page, is sent to the checkout Stripe
 * opened, and once Stripe's signed event arrives, the bar on the front page shows the new total. Then
 * an editor reads the gift in the newsroom. Shares the reader's browser application, so its screenshots
 * show the demo publication.
 */
@DatabaseTest
@TestPropertySource(properties = "masthead.test.context=reader-browser")
class Funding_BrowserTest {

    static Chromium chromium;
    static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Funding funding;

    @Autowired
    Accounts accounts;

    @BeforeAll
    static void launch() {
        chromium = Chromium.launch(Funding_BrowserTest.class.getSimpleName());
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

    @Test
    void aReaderPicksAnAmount_isSentToTheCheckout_andAfterStripesEventTheBarShowsTheNewTotal() throws Exception {
        Funding.Progress before = funding.progress(funding.currentMonth()).orElseThrow();
        StripeStandIn.Opened checkout;
        try (BrowserContext desktop = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            Page page = desktop.newPage();
            page.navigate(url("/support"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            Chromium.screenshot(page, "support-desktop.png");
            page.getByLabel("£25").check();
            page.getByLabel("Your name on our donor wall (optional)").fill("Νίκος Αλεξίου");
            page.getByLabel("A message to the newsroom (optional)").fill("Για την τοπική δημοσιογραφία.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to secure payment")).click();
            page.waitForURL(StripeStandIn.base() + "/checkout/**");
            assertThat(page.locator("h1").textContent()).isEqualTo("Stand-in checkout");
            checkout = StripeStandIn.sessionAt(page.url());
            assertThat(checkout.params()).containsEntry("line_items[0][price_data][unit_amount]", "2500");
            assertThat(checkout.idempotencyKey()).matches("masthead-[0-9a-f]{40}");

            String paid = SignedEvents.event("checkout.session.completed", SignedEvents.session(checkout.id(), "payment",
                    "paid", checkout.metadata("donation"), SignedEvents.newId("pi"), null, null, null, "Νίκος"));
            assertThat(SignedEvents.deliver(port, paid).statusCode()).isEqualTo(200);

            page.navigate(url("/support/thanks?session_id=" + checkout.id()));
            assertThat(page.locator(".story__standfirst").textContent()).contains("£25", "is received");
            Chromium.screenshot(page, "support-thanks.png");

            long expected = Math.min(before.raisedMinor() + 2_500, before.goal().amountMinor());
            Page home = desktop.newPage();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String shown;
            do {
                home.navigate(url("/"));
                shown = home.locator(".goal-bar [role=progressbar]").getAttribute("aria-valuenow");
            } while (!shown.equals(Long.toString(expected)) && System.nanoTime() < deadline);
            assertThat(shown).isEqualTo(Long.toString(expected));
            String total = Amounts.format(before.raisedMinor() + 2_500, before.goal().currency(), java.util.Locale.UK);
            assertThat(home.locator(".goal-bar__raised").textContent()).contains(total);
            Chromium.screenshot(home.locator(".goal-bar"), "goal-bar-after-gift.png");

            home.navigate(url("/support/donors"));
            assertThat(home.locator(".donor-wall").textContent()).contains("Νίκος Αλεξίου", "Για την τοπική δημοσιογραφία.");
            Chromium.screenshot(home, "donor-wall.png");
        }

        Member editor = TestAccounts.with(accounts, Role.EDITOR);
        try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setViewportSize(1360, 1000))) {
            Page page = desk.newPage();
            Chromium.signIn(page, url(""), editor.email());
            page.navigate(url("/newsroom/funding"));
            assertThat(page.locator("#gifts-heading + .table-scroll tbody tr").first().textContent())
                    .contains("£25", "Stripe", "Paid", "Νίκος Αλεξίου");
            assertThat(page.locator(".giving-chart svg").isVisible()).isTrue();
            Chromium.screenshot(page, "newsroom-funding.png");
            page.navigate(url("/newsroom/funding/donations?through=stripe"));
            Chromium.screenshot(page, "newsroom-donations.png");
            page.navigate(url("/newsroom/funding/settings"));
            Chromium.screenshot(page, "newsroom-support-settings.png");
        }
        finally {
            long id = Long.parseLong(checkout.metadata("donation"));
            funding.refund(id, 2_500, "test:undo");
        }
    }

    @Test
    void onAPhone_theSupportFormFits_andWorksByKeyboard() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2))) {
            Page page = phone.newPage();
            page.navigate(url("/support"));
            page.waitForLoadState(LoadState.NETWORKIDLE);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
            // Another amount typed chooses "Other" by itself.
            page.getByLabel("Other amount (£)").focus();
            page.keyboard().type("12.50");
            assertThat(page.getByLabel("Other", new Page.GetByLabelOptions().setExact(true)).isChecked()).isTrue();
            page.locator(".give").scrollIntoViewIfNeeded();
            Chromium.screenshot(page, "support-phone.png");
            // Each field has a name a screen reader reads.
            for (String field : new String[] { "wall-name", "gift-message", "other-amount" }) {
                assertThat(page.locator("label[for=" + field + "]").count()).as(field).isEqualTo(1);
            }
        }
    }
}
