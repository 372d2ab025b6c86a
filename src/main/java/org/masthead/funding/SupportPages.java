package org.masthead.funding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.masthead.accounts.ClientAddress;
import org.masthead.pages.FormToken;
import org.masthead.pages.PageHead;
import org.masthead.pages.PageTopics;
import org.masthead.pages.Script;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.view.RedirectView;

/**
 * "Support us": the newsroom's own words and the gift form, the pages a reader comes back to from the
 * checkout, and the page where a monthly donor stops their gift from the link in a receipt.
 */
@Controller
class SupportPages {

    static final String TOPIC = "funding:support";
    static final Script SCRIPT = Script.module("/js/support.js");

    private final OnlineGiving giving;
    private final Funding funding;
    private final Publishing publishing;

    SupportPages(OnlineGiving giving, Funding funding, Publishing publishing) {
        this.giving = giving;
        this.funding = funding;
        this.publishing = publishing;
    }

    @GetMapping("/support")
    String support(Model model, HttpServletRequest request) {
        PageTopics.attach(request, PageTopics.PUBLICATION, TOPIC);
        return render(Map.of(), null, null, model, request);
    }

    @PostMapping("/support")
    Object give(@RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String otherAmount,
            @RequestParam(defaultValue = "") String frequency, @RequestParam(defaultValue = "") String wallName,
            @RequestParam(defaultValue = "") String message, @RequestParam(defaultValue = "") String attempt,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, String> typed = FundingDesk.typed("amount", amount, "otherAmount", otherAmount, "frequency", frequency, "wallName", wallName, "message", message);
        if (!giving.available()) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(typed, null, null, model, request);
        }
        try {
            String checkout = giving.begin(new OnlineGiving.Pledge(amount, otherAmount, frequency, wallName, message,
                    attempt), ClientAddress.of(request));
            RedirectView redirect = new RedirectView(checkout);
            redirect.setStatusCode(HttpStatus.SEE_OTHER);
            return redirect;
        }
        catch (FundingProblem problem) {
            response.setStatus(problem.getStatusCode().value());
            return render(typed, problem, null, model, request);
        }
        catch (StripeAccount.Unreachable unreachable) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader("Retry-After", "30");
            return render(typed, null, "The payment service could not be reached, and nothing was charged. "
                    + "Please try again in a minute.", model, request);
        }
    }

    @GetMapping("/support/thanks")
    String thanks(@RequestParam(name = "session_id", required = false) String checkoutId, Model model,
            HttpServletRequest request) {
        Publication publication = publishing.publication();
        Optional<DonationRepository.Online> gift = giving.ofCheckout(checkoutId);
        model.addAttribute("head", PageHead.simple("Thank you", "Thank you for supporting " + publication.name() + ".",
                publication.absolute("/support/thanks")).notIndexed());
        model.addAttribute("page", new GiftPageView(publication.name(), "thanks",
                gift.map(g -> Amounts.format(g.amountMinor(), g.currency(), publication.locale())).orElse(null),
                gift.map(DonationRepository.Online::monthly).orElse(false),
                gift.map(DonationRepository.Online::status).orElse(null), null, null));
        return "funding/gift";
    }

    @GetMapping("/support/cancelled")
    String cancelled(Model model, HttpServletRequest request) {
        Publication publication = publishing.publication();
        PageTopics.attach(request, PageTopics.PUBLICATION);
        model.addAttribute("head", PageHead.simple("No gift was made", "You left the checkout before paying.",
                publication.absolute("/support/cancelled")).notIndexed());
        model.addAttribute("page", new GiftPageView(publication.name(), "cancelled", null, false, null, null, null));
        return "funding/gift";
    }

    @GetMapping("/support/monthly/{id}/stop")
    String askToStop(@PathVariable long id, @RequestParam(name = "s", defaultValue = "") String signature,
            Model model, HttpServletRequest request) {
        DonationRepository.Online gift = monthly(id, signature);
        return stopPage(gift, gift.endedAt() == null ? "stop" : "stopped",
                "/support/monthly/" + id + "/stop?s=" + signature, model, request);
    }

    @PostMapping("/support/monthly/{id}/stop")
    String stop(@PathVariable long id, @RequestParam(name = "s", defaultValue = "") String signature, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        DonationRepository.Online gift = monthly(id, signature);
        try {
            if (!giving.stop(gift) && gift.endedAt() == null) {
                throw new ResponseStatusException(HttpStatus.CONFLICT,
                        "This monthly gift has not started yet, so there is nothing to stop. Try again once the first payment is through.");
            }
        }
        catch (StripeAccount.Unreachable unreachable) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The payment service could not be reached, so your gift is not stopped yet. Please try again in a minute.");
        }
        return stopPage(gift, "stopped", null, model, request);
    }

    private DonationRepository.Online monthly(long id, String signature) {
        return giving.monthly(id, signature).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "This link does not stop any monthly gift. Use the link in your latest receipt, exactly as it came."));
    }

    private String stopPage(DonationRepository.Online gift, String kind, String stopPath, Model model,
            HttpServletRequest request) {
        Publication publication = publishing.publication();
        model.addAttribute("head", PageHead.simple("Your monthly gift", "Stop your monthly gift to " + publication.name(),
                publication.absolute("/support")).notIndexed());
        model.addAttribute("page", new GiftPageView(publication.name(), kind,
                Amounts.format(gift.amountMinor(), gift.currency(), publication.locale()), true, gift.status(), stopPath,
                FormToken.of(request)));
        return "funding/gift";
    }

    private String render(Map<String, String> typed, FundingProblem problem, String notice, Model model,
            HttpServletRequest request) {
        Publication publication = publishing.publication();
        SupportSettings settings = giving.settings();
        Locale locale = publication.locale();
        Currency currency = Amounts.currency(settings.currency());
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        List<Long> offered = settings.presets();
        long usual = offered.get(Math.min(1, offered.size() - 1));
        var presets = offered.stream().map(p -> new SupportPageView.Preset(Long.toString(p),
                Amounts.format(BigDecimal.valueOf(p).movePointRight(digits).longValueExact(), currency.getCurrencyCode(),
                        locale), p == usual)).toList();
        long scale = BigDecimal.ONE.movePointRight(digits).longValueExact();
        String bounds = "From " + Amounts.format(settings.minimumUnits() * scale, currency.getCurrencyCode(), locale)
                + " to " + Amounts.format(settings.maximumUnits() * scale, currency.getCurrencyCode(), locale) + ".";
        model.addAttribute("page", new SupportPageView(publication.name(), publication.supportHtml(), giving.available(),
                currency.getSymbol(locale), presets, bounds, typed,
                problem == null ? null : problem.getMessage(), problem == null ? null : problem.field(), notice,
                FormToken.of(request), settings.donorWall(),
                funding.runningCampaigns().stream().map(c -> CampaignLine.of(c, funding.today(), locale)).toList()));
        model.addAttribute("head", PageHead.simple("Support " + publication.name(),
                "Independent journalism paid for by its readers. Here is how you can help " + publication.name() + ".",
                publication.absolute("/support")).withScripts(java.util.List.of(SCRIPT)));
        return "funding/support";
    }
}
