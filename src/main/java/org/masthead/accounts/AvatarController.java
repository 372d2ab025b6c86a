package org.masthead.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaRejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person's picture: checked like any upload, kept apart from the library as one small square
 * (the one it replaces is deleted), and carried to a staff member's byline by {@link ProfileUpdated}.
 * Each account may change it a few times in a while: taking in a picture is the dearest thing a
 * reader can ask of the server.
 */
@Controller
class AvatarController {

    static final int CHANGES = 6;
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Accounts accounts;
    private final MediaLibrary library;
    private final Allowance changes;

    AvatarController(Accounts accounts, MediaLibrary library, Allowances allowances) {
        this.changes = allowances.named("accounts.avatar-changes", CHANGES, WINDOW);
        this.accounts = accounts;
        this.library = library;
    }

    @PostMapping("/account/avatar")
    String upload(@CurrentMember Member member, @RequestParam(required = false) MultipartFile avatar, Model model,
            HttpServletResponse response) {
        try {
            if (avatar == null || avatar.isEmpty()) {
                throw new AccountProblem("avatar", "Choose a picture to upload.");
            }
            if (!changes.take("account:" + member.id())) {
                response.setStatus(429);
                return page(member, "You have changed your picture several times in the last few minutes. "
                        + "Wait ten minutes, then try again.", model);
            }
            String url;
            try (InputStream content = avatar.getInputStream()) {
                url = library.portrait(member.id(), content, avatar.getSize());
            }
            String replaced;
            try {
                replaced = accounts.setAvatar(member, url);
            }
            catch (RuntimeException notRecorded) {
                library.forgetPortrait(url);
                throw notRecorded;
            }
            library.forgetPortrait(replaced);
            return "redirect:/account?avatar";
        }
        catch (MediaRejected | AccountProblem refused) {
            response.setStatus(refused instanceof MediaRejected rejected ? rejected.status() : 400);
            if (response.getStatus() == 503) {
                response.setHeader("Retry-After", "30");
            }
            return page(member, refused.getMessage(), model);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String page(Member member, String problem, Model model) {
        model.addAttribute("form", new AccountForm(Map.of("displayName", member.displayName(),
                "bio", accounts.bioOf(member.id())), "avatar", problem, null));
        model.addAttribute("member", member);
        model.addAttribute("avatarUrl", accounts.avatarOf(member.id()));
        return "accounts/profile";
    }
}
