package org.masthead.site;

import jakarta.servlet.http.HttpServletRequest;
import org.masthead.pages.PageHead;
import org.masthead.pages.PageTopics;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Support us": why readers' money matters, in the newsroom's own words from its settings. */
@Controller
class SupportController {

    private final Publishing publishing;

    SupportController(Publishing publishing) {
        this.publishing = publishing;
    }

    @GetMapping("/support")
    String support(Model model, HttpServletRequest request) {
        Publication p = publishing.publication();
        PageTopics.attach(request, PageTopics.PUBLICATION);
        model.addAttribute("page", new SupportPage(p.name(), p.supportHtml()));
        model.addAttribute("head", PageHead.simple("Support " + p.name(),
                "Independent journalism paid for by its readers. Here is how you can help " + p.name() + ".",
                p.absolute("/support")));
        return "site/support";
    }
}
