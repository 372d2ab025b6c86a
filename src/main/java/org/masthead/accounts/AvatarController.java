package org.masthead.accounts;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.masthead.media.Media;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaRejected;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A person's picture: checked and stored by the media library like any upload, then set on the
 * account; {@link ProfileUpdated} carries it to a staff member's byline.
 */
@Controller
class AvatarController {

    private final Accounts accounts;
    private final MediaLibrary library;

    AvatarController(Accounts accounts, MediaLibrary library) {
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
            try (InputStream content = avatar.getInputStream()) {
                Media picture = library.upload(avatar.getOriginalFilename(), content, avatar.getSize(),
                        member.displayName(), "", "", member.id());
                accounts.setAvatar(member, picture.id(), picture.thumbnailUrl());
            }
            return "redirect:/account?avatar";
        }
        catch (MediaRejected | AccountProblem refused) {
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
