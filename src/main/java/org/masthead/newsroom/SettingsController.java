package org.masthead.newsroom;

import org.masthead.pages.TypedText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaRejected;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.masthead.publishing.Publication;
import org.masthead.publishing.Publishing;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The owner's page for the publication's settings. Saving one drops every cached page. */
@Controller
class SettingsController {

    private final Publishing publishing;
    private final MediaLibrary library;
    private final NewsroomMenu menu;

    SettingsController(Publishing publishing, MediaLibrary library, NewsroomMenu menu) {
        this.publishing = publishing;
        this.library = library;
        this.menu = menu;
    }

    @GetMapping("/newsroom/settings")
    String settings(@CurrentMember Member member, @RequestParam(required = false) String saved, Model model,
            HttpServletRequest request) {
        NewsroomPolicy.require(member, Action.MANAGE_SETTINGS);
        Publication p = publishing.publication();
        return page(member, new SettingsForm(p.name(), p.tagline(), p.baseUrl(), p.language(), p.timeZone().getId(),
                p.logoUrl() == null ? "" : p.logoUrl(), p.supportText(), null, null,
                saved != null ? "Settings saved. Every page now shows them." : null), model, request);
    }

    @PostMapping("/newsroom/settings")
    String save(@CurrentMember Member member, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String tagline,
            @RequestParam(defaultValue = "") String baseUrl, @RequestParam(defaultValue = "") String language,
            @RequestParam(defaultValue = "") String timeZone, @RequestParam(defaultValue = "") String logoUrl,
            @RequestParam(defaultValue = "") String supportText, @RequestParam(required = false) MultipartFile logoFile,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        NewsroomPolicy.require(member, Action.MANAGE_SETTINGS);
        if (logoFile != null && !logoFile.isEmpty()) {
            try (InputStream content = logoFile.getInputStream()) {
                // The masthead shows the logo at most a few hundred pixels wide: the smallest rendition will do.
                logoUrl = library.upload(logoFile.getOriginalFilename(), content, logoFile.getSize(), name.strip(), "", "",
                        member.id()).thumbnailUrl();
            }
            catch (MediaRejected rejected) {
                response.setStatus(rejected.status());
                return page(member, new SettingsForm(name, tagline, baseUrl, language, timeZone, logoUrl, supportText,
                        "logoUrl", rejected.getMessage(), null), model, request);
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        SettingsForm typed = new SettingsForm(name, tagline, baseUrl, language, timeZone, logoUrl, supportText,
                null, null, null);
        try {
            String cleanName = text(name, "name", "Give the publication a name.", 120, true);
            if (TypedText.turnsDirection(cleanName)) {
                throw new Problem("name", TypedText.NO_DIRECTION_MARKS);
            }
            String cleanTagline = text(tagline, "tagline", null, 200, false);
            String cleanUrl = baseUrl(baseUrl);
            String cleanLanguage = language(language);
            ZoneId zone = zone(timeZone);
            String cleanLogo = logo(logoUrl);
            String support = text(supportText, "supportText", null, 20_000, false);
            publishing.update(cleanName, cleanTagline, cleanUrl, cleanLanguage, zone, cleanLogo, support);
            return "redirect:/newsroom/settings?saved";
        }
        catch (Problem problem) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(member, new SettingsForm(name, tagline, baseUrl, language, timeZone, logoUrl, supportText,
                    problem.field, problem.getMessage(), null), model, request);
        }
    }

    /** Whether readers without an account may comment. */
    @PostMapping("/newsroom/settings/discussion")
    String discussion(@CurrentMember Member member, @RequestParam(required = false) String guests) {
        NewsroomPolicy.require(member, Action.MANAGE_SETTINGS);
        publishing.allowGuestComments(guests != null);
        return "redirect:/newsroom/settings?saved";
    }

    private String page(Member member, SettingsForm form, Model model, HttpServletRequest request) {
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", form);
        model.addAttribute("guestsMayComment", publishing.publication().guestsMayComment());
        return "newsroom/settings";
    }

    private static final class Problem extends RuntimeException {

        private final String field;

        Problem(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    private static String text(String value, String field, String requiredMessage, int max, boolean required) {
        String text = value.strip();
        if (required && text.isEmpty()) {
            throw new Problem(field, requiredMessage);
        }
        if (text.length() > max) {
            throw new Problem(field, "Keep this under " + max + " characters.");
        }
        return text;
    }

    static String baseUrl(String value) {
        String url = value.strip();
        try {
            URI uri = URI.create(url);
            boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                throw new IllegalArgumentException();
            }
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        catch (IllegalArgumentException e) {
            throw new Problem("baseUrl", "Give the site's public address, like https://news.example.org.");
        }
    }

    static String language(String value) {
        String tag = value.strip();
        Locale locale = Locale.forLanguageTag(tag);
        if (tag.isEmpty() || locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(tag)) {
            throw new Problem("language", "Give a language code such as en, en-GB, de or pt-BR.");
        }
        return locale.toLanguageTag();
    }

    static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.strip());
        }
        catch (DateTimeException e) {
            throw new Problem("timeZone", "Give a time zone such as Europe/London or America/New_York.");
        }
    }

    static String logo(String value) {
        String logo = value.strip();
        if (logo.isEmpty()) {
            return null;
        }
        // Pages allow pictures from this site only (their Content-Security-Policy): an outside address
        // would show a broken picture in every masthead.
        if (!logo.startsWith("/media/") || logo.contains("..") || logo.contains("//")) {
            throw new Problem("logoUrl", "Give the logo as the address of a picture in the media library (/media/…), or upload one.");
        }
        return logo;
    }
}
