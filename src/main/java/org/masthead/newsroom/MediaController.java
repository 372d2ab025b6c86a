package org.masthead.newsroom;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.masthead.accounts.CurrentMember;
import org.masthead.accounts.Member;
import org.masthead.media.Media;
import org.masthead.media.MediaLibrary;
import org.masthead.media.MediaRejected;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.masthead.pages.Pager;
import org.masthead.publishing.Editorial;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The newsroom's media library: upload pictures, find them again, and say what they show. */
@Controller
class MediaController {

    static final int PAGE_SIZE = 24;

    private final MediaLibrary library;
    private final Editorial editorial;
    private final NewsroomMenu menu;

    MediaController(MediaLibrary library, Editorial editorial, NewsroomMenu menu) {
        this.library = library;
        this.editorial = editorial;
        this.menu = menu;
    }

    @GetMapping("/newsroom/media")
    String library(@CurrentMember Member member, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
            Model model, HttpServletRequest request) {
        NewsroomPolicy.require(member, Action.UPLOAD_MEDIA);
        return render(member, q, page, null, null, model, request);
    }

    @PostMapping("/newsroom/media")
    String upload(@CurrentMember Member member, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String alt, @RequestParam(defaultValue = "") String caption,
            @RequestParam(defaultValue = "") String credit, Model model, HttpServletRequest request, HttpServletResponse response) {
        NewsroomPolicy.require(member, Action.UPLOAD_MEDIA);
        try {
            Media stored = store(library, member, file, alt, caption, credit);
            return "redirect:/newsroom/media/" + stored.id() + "?uploaded";
        }
        catch (MediaRejected rejected) {
            response.setStatus(rejected.status());
            return render(member, "", 1, rejected.getMessage(), null, model, request);
        }
    }

    @GetMapping("/newsroom/media/{id}")
    String item(@CurrentMember Member member, @PathVariable long id, @RequestParam(required = false) String uploaded,
            @RequestParam(required = false) String saved, Model model, HttpServletRequest request) {
        NewsroomPolicy.require(member, Action.UPLOAD_MEDIA);
        Media media = library.find(id).orElseThrow(() -> MediaRejected.notFound(id));
        String notice = uploaded != null ? "Uploaded. Describe what the picture shows for readers who cannot see it."
                : saved != null ? "Saved. Articles leading with this picture show the new words." : null;
        return item(member, media, null, notice, model, request);
    }

    @PostMapping("/newsroom/media/{id}")
    String describe(@CurrentMember Member member, @PathVariable long id, @RequestParam(defaultValue = "") String alt,
            @RequestParam(defaultValue = "") String caption, @RequestParam(defaultValue = "") String credit,
            Model model, HttpServletRequest request, HttpServletResponse response) {
        NewsroomPolicy.require(member, Action.UPLOAD_MEDIA);
        Media picture = library.find(id).orElseThrow(() -> MediaRejected.notFound(id));
        requireMayDescribe(member, picture);
        try {
            library.describe(id, alt, caption, credit);
            return "redirect:/newsroom/media/" + id + "?saved";
        }
        catch (MediaRejected rejected) {
            response.setStatus(rejected.status());
            return item(member, library.find(id).orElseThrow(() -> rejected), rejected.getMessage(), null, model,
                    request);
        }
    }

    /**
     * What a picture says shows on every article leading with it, at once: changing it is editing
     * those articles, and takes the same right. A picture no article leads with is its uploader's
     * to describe, and any editor's.
     */
    private void requireMayDescribe(Member member, Media picture) {
        if (NewsroomPolicy.may(member, Action.MANAGE_TAXONOMY)) {
            return;
        }
        List<Editorial.Editable> leading = editorial.leadingWith(picture.id());
        boolean own = picture.uploadedBy() != null && picture.uploadedBy() == member.id();
        if (leading.isEmpty() ? !own : leading.stream().anyMatch(a ->
                !NewsroomPolicy.may(member, Action.EDIT, Desk.standing(a)))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, leading.isEmpty()
                    ? "Only editors and the person who uploaded it can describe this picture."
                    : "This picture leads an article you cannot edit, so you cannot change what it says.");
        }
    }

    /** Takes an uploaded file in, whichever page it came from. */
    static Media store(MediaLibrary library, Member member, MultipartFile file, String alt, String caption,
            String credit) {
        if (file == null || file.isEmpty()) {
            throw MediaRejected.empty();
        }
        try (InputStream content = file.getInputStream()) {
            return library.upload(file.getOriginalFilename(), content, file.getSize(), alt, caption, credit, member.id());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not read an upload", e);
        }
    }

    private String item(Member member, Media media, String error, String notice, Model model,
            HttpServletRequest request) {
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new NewsroomViews.MediaItem(media, error, notice));
        return "newsroom/media-item";
    }

    private String render(Member member, String query, int page, String error, String notice, Model model,
            HttpServletRequest request) {
        Pager.checked(page);
        List<Media> found = library.search(query, PAGE_SIZE + 1, Pager.offset(page, PAGE_SIZE));
        model.addAttribute("desk", menu.chrome(member, request));
        model.addAttribute("page", new NewsroomViews.MediaLibraryPage(
                Pager.fit(found, page, PAGE_SIZE), query,
                new Pager(page, found.size() > PAGE_SIZE, "/newsroom/media"), error, notice));
        return "newsroom/media";
    }
}
