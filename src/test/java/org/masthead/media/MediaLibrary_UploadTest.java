package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.DatabaseTest;
import org.masthead.Http;
import org.masthead.publishing.ArticleCard;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/** Uploads through the media library of the running application, and what readers then get. */
@DatabaseTest
class MediaLibrary_UploadTest {

    @LocalServerPort
    int port;

    @Autowired
    MediaLibrary library;

    @Autowired
    MediaStore store;

    @Autowired
    MediaRepository repository;

    @Autowired
    Publishing publishing;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Media upload(String name, byte[] content) {
        return library.upload(name, new ByteArrayInputStream(content), content.length, "A picture", "A caption",
                "A photographer", null);
    }

    private Path file(String name) {
        return store.directory().resolve(name);
    }

    private BufferedImage read(String name) throws IOException {
        return ImageIO.read(file(name).toFile());
    }

    private HttpResponse<String> get(String path) {
        return http.get(path);
    }

    @Test
    void jpeg_isKeptByteForByte_withRenditionsThatReadersGet() throws IOException {
        byte[] jpeg = MediaSamples.jpeg(2000, 1200);
        long before = rows();
        Media media = library.upload("Harbour at dawn.jpg", new ByteArrayInputStream(jpeg), jpeg.length,
                " Boats at the quay ", "The harbour at dawn", "Ana Lima", null);

        assertThat(rows()).isEqualTo(before + 1);
        assertThat(media.contentType()).isEqualTo("image/jpeg");
        assertThat(media.renditionType()).isEqualTo("image/jpeg");
        assertThat(media.width()).isEqualTo(2000);
        assertThat(media.height()).isEqualTo(1200);
        assertThat(media.renditionWidths()).containsExactly(480, 960, 1600);
        assertThat(media.alt()).isEqualTo("Boats at the quay");
        assertThat(media.caption()).isEqualTo("The harbour at dawn");
        assertThat(media.credit()).isEqualTo("Ana Lima");
        assertThat(media.originalName()).isEqualTo("Harbour at dawn.jpg");
        assertThat(media.byteSize()).isEqualTo(jpeg.length);
        assertThat(media.uploadedBy()).isNull();
        assertThat(media.created()).isNotNull();
        assertThat(media.key()).matches("[0-9a-f]{24}");
        assertThat(library.find(media.id())).contains(media);

        assertThat(media.url()).isEqualTo("/media/" + media.key() + ".jpg");
        assertThat(file(media.key() + ".jpg")).hasBinaryContent(jpeg);
        for (int width : List.of(480, 960, 1600)) {
            BufferedImage rendition = read(media.key() + "-" + width + ".jpg");
            assertThat(rendition.getWidth()).isEqualTo(width);
            assertThat(rendition.getHeight()).isEqualTo(media.image().heightAt(width));
        }
        HttpResponse<String> small = get("/media/" + media.key() + "-480.jpg");
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(get(media.url()).statusCode()).isEqualTo(200);
        assertThat(media.thumbnailUrl()).isEqualTo("/media/" + media.key() + "-480.jpg");
    }

    @Test
    void transparentPng_getsPngRenditions() throws IOException {
        byte[] png = MediaSamples.encode(MediaSamples.transparent(1000, 700), "png");
        Media media = upload("logo.png", png);

        assertThat(media.contentType()).isEqualTo("image/png");
        assertThat(media.renditionType()).isEqualTo("image/png");
        assertThat(media.renditionWidths()).containsExactly(480, 960);
        assertThat(file(media.key() + ".png")).hasBinaryContent(png);
        BufferedImage rendition = read(media.key() + "-480.png");
        assertThat(rendition.getColorModel().hasAlpha()).isTrue();
        assertThat(rendition.getRGB(0, 0) >>> 24).as("a corner stays see-through").isZero();
        HttpResponse<String> served = get("/media/" + media.key() + "-480.png");
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).contains("image/png");
    }

    @Test
    void opaquePng_getsJpegRenditions() throws IOException {
        byte[] png = MediaSamples.encode(MediaSamples.picture(1000, 600), "png");
        Media media = upload("chart.png", png);

        assertThat(media.renditionType()).isEqualTo("image/jpeg");
        assertThat(media.image().srcset()).isEqualTo("/media/%1$s-480.jpg 480w, /media/%1$s-960.jpg 960w, /media/%1$s.png 1000w"
                .formatted(media.key()));
        assertThat(read(media.key() + "-960.jpg").getWidth()).isEqualTo(960);
        assertThat(get("/media/" + media.key() + "-480.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void gif_isKeptWhole_andItsRenditionsShowTheFirstFrame() throws IOException {
        byte[] gif = MediaSamples.animatedGif(800, 400);
        Media media = upload("crowd.gif", gif);

        assertThat(media.contentType()).isEqualTo("image/gif");
        assertThat(media.renditionType()).isEqualTo("image/jpeg");
        assertThat(media.url()).isEqualTo("/media/" + media.key() + ".gif");
        assertThat(file(media.key() + ".gif")).hasBinaryContent(gif);
        assertThat(media.renditionWidths()).containsExactly(480);
        BufferedImage rendition = read(media.key() + "-480.jpg");
        assertThat(rendition.getHeight()).isEqualTo(240);
        assertThat(MediaUpload_ValidationTest.isRed(rendition.getRGB(240, 120))).as("the first frame is red").isTrue();
        HttpResponse<String> original = get(media.url());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).contains("image/gif");
        assertThat(get("/media/" + media.key() + "-480.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void webp_isKeptAsWebp_withJpegRenditions() throws IOException {
        byte[] webp = MediaSamples.webp(1800, 300, 0xFF3366CC, 0xFF33E6CC);
        Media media = upload("storm.webp", webp);

        assertThat(media.contentType()).isEqualTo("image/webp");
        assertThat(media.renditionType()).isEqualTo("image/jpeg");
        assertThat(media.width()).isEqualTo(1800);
        assertThat(media.renditionWidths()).containsExactly(480, 960, 1600);
        assertThat(file(media.key() + ".webp")).hasBinaryContent(webp);
        assertThat(read(media.key() + "-1600.jpg").getWidth()).isEqualTo(1600);
        assertThat(media.image().srcset()).endsWith("/media/" + media.key() + "-1600.jpg 1600w, /media/"
                + media.key() + ".webp 1800w");
        HttpResponse<String> original = get(media.url());
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).contains("image/webp");
        assertThat(get("/media/" + media.key() + "-480.jpg").statusCode()).isEqualTo(200);
    }

    @Test
    void webpWithTransparency_getsPngRenditions() throws IOException {
        Media media = upload("badge.webp", MediaSamples.webp(1000, 300, 0x803366CC, 0x8033E6CC));

        assertThat(media.contentType()).isEqualTo("image/webp");
        assertThat(media.renditionType()).isEqualTo("image/png");
        assertThat(media.thumbnailUrl()).isEqualTo("/media/" + media.key() + "-480.png");
        assertThat(read(media.key() + "-960.png").getRGB(10, 10) >>> 24).isBetween(0x70, 0x90);
        assertThat(get(media.thumbnailUrl()).statusCode()).isEqualTo(200);
    }

    @Test
    void portraitPhotoFromAPhone_isTurnedAsItsExifSays() throws IOException {
        byte[] jpeg = MediaSamples.jpegWithOrientation(MediaSamples.halves(2000, 1200), 6);
        Media media = upload("IMG_0042.JPG", jpeg);

        assertThat(media.width()).isEqualTo(1200);
        assertThat(media.height()).isEqualTo(2000);
        assertThat(media.renditionWidths()).containsExactly(480, 960);
        assertThat(file(media.key() + ".jpg")).hasBinaryContent(jpeg);
        BufferedImage rendition = read(media.key() + "-480.jpg");
        assertThat(rendition.getWidth()).isEqualTo(480);
        assertThat(rendition.getHeight()).isEqualTo(800);
        assertThat(MediaUpload_ValidationTest.isRed(rendition.getRGB(240, 100))).isTrue();
        assertThat(MediaUpload_ValidationTest.isRed(rendition.getRGB(240, 700))).isFalse();
    }

    @Test
    void describing_changesAltCaptionAndCredit() {
        Media media = upload("quay.jpg", MediaSamples.jpeg(600, 400));

        Media described = library.describe(media.id(), "  Fishing boats at the quay ", "The quay in March", null);

        assertThat(described.alt()).isEqualTo("Fishing boats at the quay");
        assertThat(described.caption()).isEqualTo("The quay in March");
        assertThat(described.credit()).isEmpty();
        assertThat(library.find(media.id())).contains(described);
        assertThat(described.key()).isEqualTo(media.key());
    }

    @Test
    void describingALeadPicture_showsOnItsArticleAtOnce() {
        // Other tests publish stories without pictures; take the newest one that has a lead picture.
        ArticleCard card = publishing.published(Publishing.Listing.ALL, 100, 0).stream()
                .filter(c -> c.image() != null).findFirst().orElseThrow();
        long mediaId = jdbc.sql("SELECT lead_media_id FROM articles WHERE id = :id").param("id", card.id())
                .query(Long.class).single();
        Media before = library.find(mediaId).orElseThrow();
        http.page(card.path()); // now in the page cache
        try {
            library.describe(mediaId, "Seals on the sandbank", "Seals hauled out at low tide", "Tom Reed");
            Document page = http.page(card.path());
            assertThat(page.selectFirst("figure.story__figure figcaption .caption").text())
                    .isEqualTo("Seals hauled out at low tide");
            assertThat(page.selectFirst("figure.story__figure figcaption .credit").text()).isEqualTo("Tom Reed");
            assertThat(page.selectFirst("figure.story__figure img").attr("alt")).isEqualTo("Seals on the sandbank");
        }
        finally {
            library.describe(mediaId, before.alt(), before.caption(), before.credit());
        }
    }

    @Test
    void describingAMissingPicture_isRefusedWithNotFound() {
        MediaRejected rejected = catchThrowableOfType(MediaRejected.class, () -> library.describe(987_654_321L, "a", "b", "c"));
        assertThat(rejected.status()).isEqualTo(404);
    }

    @Test
    void recent_listsNewestFirst_andSearchFindsByAnyWordsInAnyCase() {
        Media first = library.upload("IMG_1.jpg", new ByteArrayInputStream(MediaSamples.jpeg(300, 200)), -1,
                "Lifeboat crew on the slipway", "", "Ana Lima", null);
        Media second = library.upload("flood-100%.png", new ByteArrayInputStream(MediaSamples.encode(
                MediaSamples.picture(300, 200), "png")), -1, "", "The flooded high street", "", null);

        assertThat(library.recent(2, 0)).extracting(Media::id).containsExactly(second.id(), first.id());
        assertThat(library.recent(1, 1)).extracting(Media::id).containsExactly(first.id());
        assertThat(library.count()).isGreaterThanOrEqualTo(2);

        assertThat(library.search("LIFEBOAT lima", 10, 0)).extracting(Media::id).containsExactly(first.id());
        assertThat(library.search("flooded", 10, 0)).extracting(Media::id).containsExactly(second.id());
        assertThat(library.search("100%", 10, 0)).extracting(Media::id).containsExactly(second.id());
        assertThat(library.search("lifeboat flooded", 10, 0)).isEmpty();
        assertThat(library.search("_%", 10, 0)).isEmpty();
        assertThat(library.search("  ", 2, 0)).extracting(Media::id).containsExactly(second.id(), first.id());
    }

    static Stream<Arguments> badFiles() {
        byte[] jpeg = MediaSamples.jpeg(800, 600);
        String notAPicture = MediaUpload_ValidationTest.NOT_A_PICTURE;
        String damaged = MediaUpload_ValidationTest.DAMAGED;
        return Stream.of(
                Arguments.of("renamed Windows program", "photo.jpg", MediaSamples.windowsExecutable(), 400, notAPicture),
                Arguments.of("renamed Linux program", "photo.jpg", MediaSamples.elfExecutable(), 400, notAPicture),
                Arguments.of("text file called photo.jpg", "photo.jpg", MediaSamples.utf8("Not a photo\n"), 400, notAPicture),
                Arguments.of("SVG", "logo.svg", MediaSamples.svg(), 400, notAPicture),
                Arguments.of("JPEG cut in half", "cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2), 400, damaged),
                Arguments.of("GIF cut short", "cut.gif", cut(MediaSamples.animatedGif(400, 300)), 400, damaged),
                Arguments.of("50-megapixel picture", "huge.png", MediaSamples.pngDeclaring(8000, 6250), 413,
                        "The picture is 8000 × 6250 pixels (50 megapixels); the limit is 40 megapixels."),
                Arguments.of("JPEG claiming a huge size", "bomb.jpg", MediaSamples.jpegDeclaring(30_000, 30_000), 413,
                        "The picture is 30000 × 30000 pixels (900 megapixels); the limit is 40 megapixels."),
                Arguments.of("WebP of 34 bytes claiming 40 megapixels", "bomb.webp",
                        MediaSamples.webp(8000, 5000, 0xFF3366CC), 400, damaged),
                Arguments.of("empty file", "photo.jpg", new byte[0], 400, "The file is empty."));
    }

    private static byte[] cut(byte[] whole) {
        return Arrays.copyOf(whole, whole.length * 2 / 3);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFile_isRefusedWithAReason_andNothingIsStored(String what, String name, byte[] content, int status,
            String message) throws IOException {
        long rows = rows();
        Set<String> files = listing();

        MediaRejected rejected = catchThrowableOfType(MediaRejected.class, () -> upload(name, content));

        assertThat(rejected).as(what).isNotNull().hasMessage(message);
        assertThat(rejected.status()).isEqualTo(status);
        assertThat(rows()).isEqualTo(rows);
        assertThat(listing()).isEqualTo(files);
    }

    @Test
    void fileOverTheByteLimit_isRefused_whateverItsDeclaredSize() throws IOException {
        MediaLibrary small = new MediaLibrary(store, repository, events, transaction, clock,
                DataSize.ofKilobytes(2), 40_000_000, 12_000);
        byte[] jpeg = MediaSamples.jpeg(400, 300);
        long rows = rows();
        Set<String> files = listing();

        // Declared too large: refused before a byte is read.
        InputStream unread = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("read although declared too large");
            }
        };
        MediaRejected declared = catchThrowableOfType(MediaRejected.class,
                () -> small.upload("big.jpg", unread, 31L * 1024 * 1024, "", "", "", null));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared).hasMessage("The file is 31 MB; the limit is 2 KB.");

        // Declared small, or not at all, but longer: reading stops at the limit.
        for (long declaredSize : new long[] {100, -1}) {
            MediaRejected longer = catchThrowableOfType(MediaRejected.class,
                    () -> small.upload("big.jpg", new ByteArrayInputStream(jpeg), declaredSize, "", "", "", null));
            assertThat(longer.status()).isEqualTo(413);
            assertThat(longer).hasMessage("The file is larger than the limit of 2 KB.");
        }

        assertThat(rows()).isEqualTo(rows);
        assertThat(listing()).isEqualTo(files);
    }

    @Test
    void failureHalfWayThroughTheRenditions_leavesNothingStored() throws IOException {
        MediaStore failing = new MediaStore(store.directory()) {
            @Override
            void write(BufferedImage image, Path file, MediaFormat format) throws IOException {
                if (file.getFileName().toString().contains("-960.")) {
                    throw new IOException("No space left on device");
                }
                super.write(image, file, format);
            }
        };
        MediaLibrary library = new MediaLibrary(failing, repository, events, transaction, clock,
                DataSize.ofMegabytes(20), 40_000_000, 12_000);
        long rows = rows();
        Set<String> files = listing();

        assertThatThrownBy(() -> library.upload("big.jpg", new ByteArrayInputStream(MediaSamples.jpeg(2000, 1000)),
                -1, "", "", "", null)).isInstanceOf(UncheckedIOException.class);

        assertThat(rows()).isEqualTo(rows);
        assertThat(listing()).isEqualTo(files);
    }

    @Test
    void rowThatCannotBeWritten_takesItsFilesWithIt() throws IOException {
        long rows = rows();
        Set<String> files = listing();

        // No such account: the database refuses the row after the files were written.
        assertThatThrownBy(() -> library.upload("photo.jpg", new ByteArrayInputStream(MediaSamples.jpeg(1000, 600)),
                -1, "", "", "", 987_654_321L)).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(rows()).isEqualTo(rows);
        assertThat(listing()).isEqualTo(files);
    }

    private long rows() {
        return jdbc.sql("SELECT COUNT(*) FROM media").query(Long.class).single();
    }

    private Set<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(store.directory())) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
