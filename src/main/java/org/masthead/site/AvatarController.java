package org.masthead.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.masthead.accounts.AccountForm;
import org.masthead.accounts.Accounts;
import org.masthead.accounts.Member;
import org.masthead.publishing.MediaRejected;
import org.masthead.publishing.StaffBylines;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person's picture: checked and stored by the media library like any upload, then set on the
 * account and, for staff with a byline, on their author page.
 */
@Controller
class AvatarController {

    private final Accounts accounts;
    private final StaffBylines bylines;

    AvatarController(Accounts accounts, StaffBylines bylines) {
        this.accounts = accounts;
        this.bylines = bylines;
    }

    @PostMapping("/account/avatar")
    String upload(Member member, @RequestParam(required = false) MultipartFile avatar, Model model,
            HttpServletResponse response) {
        try {
            if (avatar == null || avatar.isEmpty()) {
                throw new IllegalStateException("Choose a picture to upload.");
            }
            try (InputStream content = avatar.getInputStream()) {
                accounts.setAvatar(member, bylines.uploadPortrait(member, avatar.getOriginalFilename(), content,
                        avatar.getSize()));
            }
            return "redirect:/account?avatar";
        }
        catch (MediaRejected | IllegalStateException refused) {
            response.setStatus(refused instanceof MediaRejected rejected ? rejected.status() : 400);
            model.addAttribute("form", new AccountForm(Map.of("displayName", member.displayName(),
                    "bio", accounts.bioOf(member.id())), "avatar", refused.getMessage(), null));
            model.addAttribute("member", member);
            model.addAttribute("avatarUrl", accounts.avatarOf(member.id()));
            return "accounts/profile";
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
