package org.masthead.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * The newsroom's pictures: uploading them, describing them and finding them again. An upload is
 * taken in only once it has proved to be a whole JPEG, PNG, WebP or GIF within the limits; anything
 * else is refused with a {@link MediaRejected} and leaves no row and no file behind. Who may do
 * what is the caller's to decide.
 */
@Service
public class MediaLibrary {

    private static final int MAX_SEARCH_WORDS = 8;
    private static final int MAX_NAME_LENGTH = 255;

    private final MediaStore store;
    private final MediaRepository media;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Where portraits are served from. */
    static final String PORTRAITS = "/media/portraits/";
    /** A portrait's side in pixels: twice what pages show, for sharp screens. */
    static final int PORTRAIT_SIDE = 256;

    private final UploadedImage.Limits limits;
    private final UploadedImage.Limits portraitLimits;
    private final Semaphore decoders;

    MediaLibrary(MediaStore store, MediaRepository media, ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock,
            @Value("${masthead.media.max-bytes:20MB}") DataSize maxBytes,
            @Value("${masthead.media.max-pixels:40000000}") long maxPixels,
            @Value("${masthead.media.max-side:12000}") int maxSide) {
        this.store = store;
        this.media = media;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.limits = new UploadedImage.Limits(maxBytes.toBytes(), maxPixels, maxSide);
        this.portraitLimits = new UploadedImage.Limits(PORTRAIT_MAX_BYTES, maxPixels, maxSide, 2 * PORTRAIT_SIDE);
        this.decoders = new Semaphore(DECODERS, true);
    }

    /** A portrait file is small whatever a phone makes; the picture it comes from need not be large. */
    static final long PORTRAIT_MAX_BYTES = 8L * 1024 * 1024;
    /** Pictures decoded at once: decoding is the dearest work there is, in time and memory, so it queues. */
    static final int DECODERS = 2;
    private static final long DECODER_WAIT_SECONDS = 20;

    /**
     * Takes in a picture. Its type is read from its content; the name it came under is kept only as
     * a description.
     *
     * @param content the file's bytes; read to the end or to the limit, and left for the caller to close
     * @param declaredSize the size the request announced, or -1; a larger one is refused unread
     * @param uploadedBy the uploading account, or null
     * @throws MediaRejected when the file is not a usable picture; nothing is stored then
     */
    public Media upload(String originalFilename, InputStream content, long declaredSize, String alt, String caption,
            String credit, Long uploadedBy) {
        if (declaredSize > limits.maxBytes()) {
            throw MediaRejected.tooManyBytes(declaredSize, limits.maxBytes());
        }
        Path upload = store.newUpload();
        try {
            receive(content, upload, limits);
            MediaStore.Stored stored = decoding(() -> store.keep(upload, UploadedImage.inspect(upload, limits)));
            boolean recorded = false;
            try {
                // The picture is checked and its files written before the transaction: it only records them.
                long id = transaction.execute(status -> media.add(stored, text(alt), text(caption), text(credit),
                        fileName(originalFilename), uploadedBy, clock.instant()));
                recorded = true;
                return media.find(id).orElseThrow();
            }
            finally {
                if (!recorded) {
                    store.delete(stored);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not take in an upload", e);
        }
        finally {
            store.discard(upload);
        }
    }

    /**
     * Takes in a person's portrait: checked like any upload, then kept only as a small square,
     * apart from the library — it is nobody's picture to use in an article, and a reader's many
     * uploads take no room there.
     *
     * @param owner the account it belongs to, whose number its file name starts with
     * @return the address it is served at
     * @throws MediaRejected when the file is not a usable picture; nothing is stored then
     */
    public String portrait(long owner, InputStream content, long declaredSize) {
        if (declaredSize > portraitLimits.maxBytes()) {
            throw MediaRejected.tooManyBytes(declaredSize, portraitLimits.maxBytes());
        }
        Path upload = store.newUpload();
        try {
            receive(content, upload, portraitLimits);
            return PORTRAITS + decoding(() -> store.storePortrait(UploadedImage.inspect(upload, portraitLimits), owner,
                    PORTRAIT_SIDE));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not take in a portrait", e);
        }
        finally {
            store.discard(upload);
        }
    }

    /** Deletes a portrait that has been replaced; any other address is left alone. */
    public void forgetPortrait(String url) {
        if (url != null && url.startsWith(PORTRAITS)) {
            store.deletePortrait(url.substring(PORTRAITS.length()));
        }
    }

    /** The dear part of taking in a picture, done by at most {@link #DECODERS} requests at once. */
    private <T> T decoding(PictureWork<T> work) throws IOException {
        try {
            if (!decoders.tryAcquire(DECODER_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw MediaRejected.busy();
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw MediaRejected.busy();
        }
        try {
            return work.run();
        }
        finally {
            decoders.release();
        }
    }

    @FunctionalInterface
    private interface PictureWork<T> {
        T run() throws IOException;
    }

    /** Keeps a picture the program drew, such as the demo's, with its renditions (written before the transaction). */
    public Media store(BufferedImage drawn, String alt, String caption, String credit) {
        MediaStore.Stored stored = store.store(drawn);
        long id = transaction.execute(status -> media.add(stored, text(alt), text(caption), text(credit), clock.instant()));
        return media.find(id).orElseThrow();
    }

    /**
     * Changes what is said about a picture; {@link PictureDescribed} tells the pages that show it.
     *
     * @throws MediaRejected (404) when there is no such picture
     */
    @Transactional
    public Media describe(long id, String alt, String caption, String credit) {
        if (!media.describe(id, text(alt), text(caption), text(credit))) {
            throw MediaRejected.notFound(id);
        }
        events.publishEvent(new PictureDescribed(id));
        return media.find(id).orElseThrow();
    }

    public Optional<Media> find(long id) {
        return media.find(id);
    }

    /** The pictures with these ids, as pages show them, in one query; ids without a picture are left out. */
    public Map<Long, Picture> pictures(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : media.pictures(ids);
    }

    /** A page of the library, newest first. */
    public List<Media> recent(int limit, int offset) {
        checkPage(limit, offset);
        return media.recent(limit, offset);
    }

    /**
     * Pictures whose alt text, caption, credit or file name contain every word of the query, in any
     * case, newest first; the whole library, page by page, for a blank query.
     */
    public List<Media> search(String query, int limit, int offset) {
        checkPage(limit, offset);
        List<String> words = query == null ? List.of() : Arrays.stream(query.strip().split("\\s+"))
                .filter(word -> !word.isEmpty()).limit(MAX_SEARCH_WORDS).toList();
        return words.isEmpty() ? media.recent(limit, offset) : media.search(words, limit, offset);
    }

    public long count() {
        return media.count();
    }

    /** Copies the upload to its file, stopping as soon as it is over the limit rather than after. */
    private static void receive(InputStream content, Path upload, UploadedImage.Limits limits) throws IOException {
        if (content == null) {
            return;
        }
        try (OutputStream out = Files.newOutputStream(upload)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
                total += n;
                if (total > limits.maxBytes()) {
                    throw MediaRejected.overByteLimit(limits.maxBytes());
                }
                out.write(buffer, 0, n);
            }
        }
    }

    private static void checkPage(int limit, int offset) {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("Not a page: limit " + limit + ", offset " + offset);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    /**
     * The uploaded name without any folder (some browsers send the sender's whole path) or control
     * characters, and not endlessly long.
     */
    static String fileName(String original) {
        if (original == null) {
            return "";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return name.codePointCount(0, name.length()) <= MAX_NAME_LENGTH ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH));
    }
}
