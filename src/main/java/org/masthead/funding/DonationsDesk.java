package org.masthead.funding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.newsroom.NewsroomMenu;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Every gift, for owners and editors: filtered by status, way, kind and month; pages of 50; and as CSV. */
@Controller
class DonationsDesk {

    static final String PATH = FundingDesk.PATH + "/donations";
    static final DonationRepository.Filter ANY = new DonationRepository.Filter(null, null, null, null, null);
    private static final int PAGE = 50;

    private final Funding funding;
    private final Publishing publishing;
    private final NewsroomMenu menu;

    DonationsDesk(Funding funding, Publishing publishing, NewsroomMenu menu) {
        this.funding = funding;
        this.publishing = publishing;
        this.menu = menu;
    }

    /** The filters as chosen in the form, each empty for any. */
    record Chosen(String status, String through, String kind, String month) {

        String query() {
            StringBuilder q = new StringBuilder();
            append(q, "status", status);
            append(q, "through", through);
            append(q, "kind", kind);
            append(q, "month", month);
            return q.toString();
        }

        private static void append(StringBuilder q, String name, String value) {
            if (!value.isEmpty()) {
                q.append(q.isEmpty() ? "" : "&").append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    @GetMapping(PATH)
    String list(@CurrentMember Member member, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String through, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String month, @RequestParam(required = false) Long before, Model model,
            HttpServletRequest request) {
        FundingDesk.require(member);
        Chosen chosen = new Chosen(status.strip(), through.strip(), kind.strip(), month.strip());
        DonationRepository.Filter filter = filter(chosen);
        Publication publication = publishing.publication();
        List<DonationRepository.Listed> found = funding.gifts(filter, before, PAGE + 1);
        List<GiftLine> lines = found.stream().limit(PAGE)
                .map(g -> GiftLine.of(g, publication.locale(), publication.timeZone())).toList();
        String query = chosen.query();
        String next = found.size() > PAGE
                ? PATH + "?" + (query.isEmpty() ? "" : query + "&") + "before=" + found.get(PAGE - 1).id() : null;
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new DonationsDeskPage(chosen, lines, next,
                PATH + ".csv" + (query.isEmpty() ? "" : "?" + query), before != null));
        return "funding/donations";
    }

    @GetMapping(PATH + ".csv")
    void csv(@CurrentMember Member member, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String through, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String month, HttpServletResponse response) throws IOException {
        FundingDesk.require(member);
        DonationRepository.Filter filter = filter(new Chosen(status.strip(), through.strip(), kind.strip(), month.strip()));
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"donations.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        Writer out = new java.io.BufferedWriter(new java.io.OutputStreamWriter(response.getOutputStream(),
                StandardCharsets.UTF_8));
        // A byte-order mark, so that spreadsheets read names in every script as UTF-8.
        out.write('\uFEFF');
        out.write("id,created,paid,through,kind,status,amount,refunded,currency,donor,email,public_name,message,note,"
                + "payment_id,subscription_id,renews,ended\r\n");
        Long before = null;
        List<DonationRepository.Listed> batch;
        do {
            batch = funding.gifts(filter, before, 500);
            for (DonationRepository.Listed g : batch) {
                row(out, g);
            }
            before = batch.isEmpty() ? null : batch.get(batch.size() - 1).id();
        } while (batch.size() == 500);
        out.flush();
    }

    private static void row(Writer out, DonationRepository.Listed g) throws IOException {
        int digits = Math.max(0, Amounts.currency(g.currency()).getDefaultFractionDigits());
        String[] cells = { Long.toString(g.id()), Instant.ofEpochMilli(g.createdAt()).toString(),
                g.paidAt() == null ? "" : Instant.ofEpochMilli(g.paidAt()).toString(), g.provider(), g.recurrence(),
                g.status(), BigDecimal.valueOf(g.amountMinor(), digits).toPlainString(),
                BigDecimal.valueOf(g.refundedMinor(), digits).toPlainString(), g.currency(), g.donorName(),
                g.donorEmail(), g.publicName(), g.message(), g.note(), g.paymentId(), g.subscriptionId(),
                g.renewsId() == null ? "" : g.renewsId().toString(),
                g.endedAt() == null ? "" : Instant.ofEpochMilli(g.endedAt()).toString() };
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells[i]));
        }
        out.write("\r\n");
    }

    /**
     * A CSV cell (RFC 4180), safe to open in a spreadsheet: text a donor typed that begins like a formula
     * is taken as text, never run.
     */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private DonationRepository.Filter filter(Chosen chosen) {
        String status = pick(chosen.status(), Set.of("pending", "succeeded", "failed", "refunded"), "status");
        String through = pick(chosen.through(), Set.of("stripe", "offline"), "through");
        String kind = pick(chosen.kind(), Set.of("one-time", "monthly"), "kind");
        Long from = null;
        Long until = null;
        if (!chosen.month().isEmpty()) {
            try {
                YearMonth month = YearMonth.parse(chosen.month());
                if (month.getYear() < 1 || month.getYear() > 9999) {
                    throw new java.time.DateTimeException("out of range");
                }
                long[] period = funding.period(month);
                from = period[0];
                until = period[1];
            }
            catch (java.time.DateTimeException notAMonth) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Give the month as year and month, such as 2026-11.");
            }
        }
        return new DonationRepository.Filter(status, through, kind, from, until);
    }

    private static String pick(String value, Set<String> allowed, String name) {
        if (value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value.toLowerCase(Locale.ROOT))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "“" + value + "” is not a " + name + " of a gift: choose one of " + String.join(", ", allowed) + ".");
        }
        return value.toLowerCase(Locale.ROOT);
    }

}
