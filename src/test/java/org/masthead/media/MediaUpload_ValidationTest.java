package org.masthead.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks an upload passes before anything is kept, on files made in the test. */
class MediaUpload_ValidationTest {

    static final UploadedImage.Limits LIMITS = new UploadedImage.Limits(20L * 1024 * 1024, 40_000_000, 12_000);

    static final String NOT_A_PICTURE = "This file is not a picture we can use: only JPEG, PNG, WebP and GIF are accepted.";
    static final String DAMAGED = "The picture could not be read; it may be damaged or incomplete.";

    @TempDir
    Path directory;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(directory.resolve(name), content);
    }

    private MediaRejected refusal(Path file, UploadedImage.Limits limits) {
        MediaRejected rejected = catchThrowableOfType(MediaRejected.class, () -> UploadedImage.inspect(file, limits));
        assertThat(rejected).as("refused").isNotNull();
        return rejected;
    }

    @Test
    void eachAcceptedFormat_isToldByItsContentNotItsName() throws IOException {
        assertThat(UploadedImage.inspect(file("photo.png", MediaSamples.jpeg(640, 480)), LIMITS))
                .extracting(UploadedImage::format, UploadedImage::width, UploadedImage::height)
                .containsExactly(MediaFormat.JPEG, 640, 480);
        assertThat(UploadedImage.inspect(file("photo.jpg", MediaSamples.encode(MediaSamples.transparent(300, 200), "png")), LIMITS))
                .extracting(UploadedImage::format, UploadedImage::width, UploadedImage::height)
                .containsExactly(MediaFormat.PNG, 300, 200);
        assertThat(UploadedImage.inspect(file("photo", MediaSamples.animatedGif(120, 80)), LIMITS))
                .extracting(UploadedImage::format, UploadedImage::width, UploadedImage::height)
                .containsExactly(MediaFormat.GIF, 120, 80);
        assertThat(UploadedImage.inspect(file("photo.gif", MediaSamples.webp(1800, 200, 0xFF3366CC, 0xFF33E6CC)), LIMITS))
                .extracting(UploadedImage::format, UploadedImage::width, UploadedImage::height)
                .containsExactly(MediaFormat.WEBP, 1800, 200);
    }

    /** 34 bytes claiming 40 megapixels: without the WebP reader's guard, minutes of reading past its end. */
    @Test
    void webpClaimingFarMorePixelsThanItsBytesCanHold_isRefused() throws IOException {
        byte[] bomb = MediaSamples.webp(8000, 5000, 0xFF3366CC);
        assertThat(bomb.length).isLessThan(100);
        MediaRejected rejected = refusal(file("bomb.webp", bomb), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage(DAMAGED);
    }

    @Test
    void webpSampleBuiltByHand_decodesToItsOnePixel() throws IOException {
        BufferedImage pixel = ImageIO.read(new ByteArrayInputStream(MediaSamples.webp1x1()));
        assertThat(pixel.getWidth()).isEqualTo(1);
        assertThat(pixel.getHeight()).isEqualTo(1);
        assertThat(pixel.getRGB(0, 0)).isEqualTo(0xFF3366CC);
        assertThat(MediaSamples.webp(1, 1, 0xFF3366CC)).isEqualTo(MediaSamples.webp1x1());
        assertThat(UploadedImage.inspect(file("pixel.webp", MediaSamples.webp1x1()), LIMITS).format())
                .isEqualTo(MediaFormat.WEBP);
    }

    @Test
    void renamedWindowsExecutable_isNotAPicture() throws IOException {
        MediaRejected rejected = refusal(file("photo.jpg", MediaSamples.windowsExecutable()), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage(NOT_A_PICTURE);
    }

    @Test
    void renamedLinuxExecutable_isNotAPicture() throws IOException {
        MediaRejected rejected = refusal(file("photo.png", MediaSamples.elfExecutable()), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage(NOT_A_PICTURE);
    }

    @Test
    void textFileCalledPhotoJpg_isNotAPicture() throws IOException {
        MediaRejected rejected = refusal(file("photo.jpg", MediaSamples.utf8("Meeting notes, Tuesday\n")), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage(NOT_A_PICTURE);
    }

    @Test
    void svg_isNotAPicture_evenThoughBrowsersShowIt() throws IOException {
        MediaRejected rejected = refusal(file("logo.svg", MediaSamples.svg()), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage(NOT_A_PICTURE);
    }

    @Test
    void otherPictureFormats_areNotAccepted() throws IOException {
        BufferedImage picture = MediaSamples.picture(40, 30);
        assertThat(refusal(file("photo.bmp", MediaSamples.encode(picture, "bmp")), LIMITS)).hasMessage(NOT_A_PICTURE);
        assertThat(refusal(file("photo.tif", MediaSamples.encode(picture, "tiff")), LIMITS)).hasMessage(NOT_A_PICTURE);
    }

    @Test
    void jpegCutInHalf_isDamaged() throws IOException {
        byte[] jpeg = MediaSamples.jpeg(800, 600);
        MediaRejected rejected = refusal(file("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2)), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage(DAMAGED);
    }

    @Test
    void jpegMissingOnlyItsLastBytes_isDamaged() throws IOException {
        byte[] jpeg = MediaSamples.jpeg(800, 600);
        assertThat(refusal(file("cut.jpg", Arrays.copyOf(jpeg, jpeg.length - 2)), LIMITS)).hasMessage(DAMAGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"png", "gif", "webp"})
    void otherFormatsCutShort_areDamaged(String format) throws IOException {
        byte[] whole = switch (format) {
            case "webp" -> MediaSamples.webp(900, 700, 0xFF204060, 0xFF20C060);
            case "gif" -> MediaSamples.animatedGif(400, 300);
            default -> MediaSamples.encode(MediaSamples.picture(800, 600), format);
        };
        MediaRejected rejected = refusal(file("cut." + format, Arrays.copyOf(whole, whole.length * 2 / 3)), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage(DAMAGED);
    }

    /**
     * The file is 100-odd bytes; decoding it would need 150 MB, and would then fail for want of pixel
     * data with another message: this one proves the header alone decided.
     */
    @Test
    void fiftyMegapixelPicture_isRefusedFromItsHeaderBeforeDecoding() throws IOException {
        byte[] png = MediaSamples.pngDeclaring(8000, 6250);
        assertThat(png.length).isLessThan(200);
        MediaRejected rejected = refusal(file("huge.png", png), LIMITS);
        assertThat(rejected.status()).isEqualTo(413);
        assertThat(rejected).hasMessage("The picture is 8000 × 6250 pixels (50 megapixels); the limit is 40 megapixels.");
    }

    @Test
    void jpegClaimingAHugeSize_isRefusedFromItsHeader() throws IOException {
        MediaRejected rejected = refusal(file("bomb.jpg", MediaSamples.jpegDeclaring(65_000, 65_000)), LIMITS);
        assertThat(rejected.status()).isEqualTo(413);
        assertThat(rejected).hasMessage("The picture is 65000 × 65000 pixels (4225 megapixels); the limit is 40 megapixels.");
    }

    @Test
    void pictureWithTooLongASide_isRefused() throws IOException {
        MediaRejected rejected = refusal(file("panorama.png", MediaSamples.pngDeclaring(13_000, 400)), LIMITS);
        assertThat(rejected.status()).isEqualTo(413);
        assertThat(rejected).hasMessage("The picture is 13000 × 400 pixels; no side may be longer than 12000 pixels.");
    }

    @Test
    void emptyFile_isRefused() throws IOException {
        MediaRejected rejected = refusal(file("photo.jpg", new byte[0]), LIMITS);
        assertThat(rejected.status()).isEqualTo(400);
        assertThat(rejected).hasMessage("The file is empty.");
    }

    @Test
    void fileOverTheByteLimit_isRefused() throws IOException {
        byte[] jpeg = MediaSamples.jpeg(400, 300);
        assertThat(jpeg.length).isGreaterThan(3 * 1024);
        MediaRejected rejected = refusal(file("photo.jpg", jpeg), new UploadedImage.Limits(2048, 40_000_000, 12_000));
        assertThat(rejected.status()).isEqualTo(413);
        assertThat(rejected).hasMessage("The file is %s; the limit is 2 KB.",
                MediaSizes.bytes(jpeg.length, RoundingMode.CEILING));
    }

    @Test
    void sizes_readAsAnEditorWouldSayThem() {
        long mb = 1024 * 1024;
        assertThat(MediaRejected.tooManyBytes(31 * mb, 20 * mb)).hasMessage("The file is 31 MB; the limit is 20 MB.");
        // Rounded up, so a file just over the limit never reads as equal to it.
        assertThat(MediaRejected.tooManyBytes(20 * mb + 1, 20 * mb)).hasMessage("The file is 21 MB; the limit is 20 MB.");
        assertThat(MediaSizes.bytes(2_500_000, RoundingMode.HALF_UP)).isEqualTo("2.4 MB");
        assertThat(MediaSizes.bytes(900, RoundingMode.HALF_UP)).isEqualTo("900 bytes");
        assertThat(MediaSizes.megapixels(12_345_678, RoundingMode.CEILING)).isEqualTo("13");
        assertThat(MediaSizes.megapixels(1_500_000, RoundingMode.FLOOR)).isEqualTo("1.5");
    }

    @Test
    void exifOrientation_turnsThePictureAsBrowsersShowIt() throws IOException {
        // Stored landscape, left half red; "turn 90° clockwise" shows it portrait with red on top.
        UploadedImage turned = UploadedImage.inspect(
                file("portrait.jpg", MediaSamples.jpegWithOrientation(MediaSamples.halves(1000, 600), 6)), LIMITS);
        assertThat(turned.width()).isEqualTo(600);
        assertThat(turned.height()).isEqualTo(1000);
        assertThat(isRed(turned.pixels().getRGB(300, 100))).isTrue();
        assertThat(isRed(turned.pixels().getRGB(300, 900))).isFalse();

        UploadedImage other = UploadedImage.inspect(
                file("other.jpg", MediaSamples.jpegWithOrientation(MediaSamples.halves(1000, 600), 8)), LIMITS);
        assertThat(other.width()).isEqualTo(600);
        assertThat(isRed(other.pixels().getRGB(300, 900))).isTrue();

        UploadedImage upright = UploadedImage.inspect(
                file("upright.jpg", MediaSamples.jpegWithOrientation(MediaSamples.halves(1000, 600), 1)), LIMITS);
        assertThat(upright.width()).isEqualTo(1000);
        assertThat(isRed(upright.pixels().getRGB(100, 300))).isTrue();
    }

    @Test
    void exifOrientation_isReadInEitherByteOrder_afterTheJfifSegmentAsPhonesWriteIt() throws IOException {
        UploadedImage phone = UploadedImage.inspect(file("phone.jpg", MediaSamples.jpegWithOrientation(
                MediaSamples.halves(1000, 600), 6, java.nio.ByteOrder.LITTLE_ENDIAN, true)), LIMITS);
        assertThat(phone.width()).isEqualTo(600);
        assertThat(phone.height()).isEqualTo(1000);
        assertThat(isRed(phone.pixels().getRGB(300, 100))).isTrue();

        UploadedImage bigEndianLater = UploadedImage.inspect(file("camera.jpg", MediaSamples.jpegWithOrientation(
                MediaSamples.halves(1000, 600), 8, java.nio.ByteOrder.BIG_ENDIAN, true)), LIMITS);
        assertThat(bigEndianLater.width()).isEqualTo(600);
        assertThat(isRed(bigEndianLater.pixels().getRGB(300, 900))).isTrue();
    }

    @Test
    void largePhoneFormatPhoto_isDecodedAtMostTwiceTheWidestRendition() throws IOException {
        // A 24-megapixel portrait as phones store it: 6000 × 4000 pixels and a note to turn them.
        UploadedImage photo = UploadedImage.inspect(file("large.jpg", MediaSamples.jpegWithOrientation(
                MediaSamples.halves(6000, 4000), 6, java.nio.ByteOrder.LITTLE_ENDIAN, true)), LIMITS);
        assertThat(photo.width()).isEqualTo(4000);
        assertThat(photo.height()).isEqualTo(6000);
        assertThat(photo.pixels().getWidth()).isLessThanOrEqualTo(2 * MediaStore.RENDITION_WIDTHS.get(2))
                .isGreaterThanOrEqualTo(MediaStore.RENDITION_WIDTHS.get(2));
        assertThat(isRed(photo.pixels().getRGB(photo.pixels().getWidth() / 2, 100))).isTrue();
    }

    static boolean isRed(int rgb) {
        return ((rgb >> 16) & 0xFF) > 150 && (rgb & 0xFF) < 100;
    }

    @Test
    void transparency_isWhatThePixelsShowNotWhetherThereIsAnAlphaChannel() {
        BufferedImage opaqueWithAlpha = new BufferedImage(20, 20, BufferedImage.TYPE_INT_ARGB);
        opaqueWithAlpha.getGraphics().fillRect(0, 0, 20, 20);
        assertThat(MediaStore.transparent(opaqueWithAlpha)).isFalse();
        assertThat(MediaStore.transparent(MediaSamples.transparent(20, 20))).isTrue();
        assertThat(MediaStore.transparent(MediaSamples.picture(20, 20))).isFalse();
    }

    @Test
    void keep_movesTheOriginalByteForByte_andMakesRenditionsNarrowerThanIt() throws IOException {
        MediaStore store = new MediaStore(directory);
        byte[] webp = MediaSamples.webp(1200, 600, 0xFF3366CC, 0xFF33E6CC);
        Path upload = store.newUpload();
        Files.write(upload, webp);
        MediaStore.Stored stored = store.keep(upload, UploadedImage.inspect(upload, LIMITS));
        assertThat(stored.format()).isEqualTo(MediaFormat.WEBP);
        assertThat(stored.renditionFormat()).isEqualTo(MediaFormat.JPEG);
        assertThat(stored.widths()).containsExactly(480, 960);
        assertThat(stored.byteSize()).isEqualTo(webp.length);
        assertThat(directory.resolve(stored.key() + ".webp")).hasBinaryContent(webp);
        BufferedImage small = ImageIO.read(directory.resolve(stored.key() + "-480.jpg").toFile());
        assertThat(small.getWidth()).isEqualTo(480);
        assertThat(small.getHeight()).isEqualTo(240);
        assertThat(listing()).containsExactlyInAnyOrder(stored.key() + ".webp", stored.key() + "-480.jpg",
                stored.key() + "-960.jpg");
    }

    @Test
    void keep_failingHalfWayThroughTheRenditions_leavesNoFileBehind() throws IOException {
        MediaStore store = new MediaStore(directory) {
            @Override
            void write(BufferedImage image, Path file, MediaFormat format) throws IOException {
                if (file.getFileName().toString().contains("-960.")) {
                    throw new IOException("No space left on device");
                }
                super.write(image, file, format);
            }
        };
        Path upload = store.newUpload();
        Files.write(upload, MediaSamples.jpeg(2000, 1000));
        UploadedImage image = UploadedImage.inspect(upload, LIMITS);
        assertThatThrownBy(() -> store.keep(upload, image)).isInstanceOf(UncheckedIOException.class);
        assertThat(listing()).isEmpty();
    }

    @Test
    void uploadedNames_loseTheirFoldersAndControlCharacters() {
        assertThat(MediaLibrary.fileName("C:\\Users\\ana\\Pictures\\harbour.jpg")).isEqualTo("harbour.jpg");
        assertThat(MediaLibrary.fileName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(MediaLibrary.fileName("bad\u0000name\n.png")).isEqualTo("badname.png");
        assertThat(MediaLibrary.fileName(null)).isEmpty();
        assertThat(MediaLibrary.fileName("x".repeat(400) + ".jpg")).hasSize(255);
    }

    @Test
    void formats_areSniffedFromTheirSignatures() {
        assertThat(MediaFormat.sniff(MediaSamples.jpeg(8, 8))).contains(MediaFormat.JPEG);
        assertThat(MediaFormat.sniff(MediaSamples.webp1x1())).contains(MediaFormat.WEBP);
        assertThat(MediaFormat.sniff(MediaSamples.utf8("RIFF....WAVEfmt "))).isEmpty();
        assertThat(MediaFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(MediaFormat.extensionOf("image/webp")).isEqualTo("webp");
        assertThat(MediaFormat.extensionOf("image/png")).isEqualTo("png");
        assertThat(MediaFormat.extensionOf("image/jpeg")).isEqualTo("jpg");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
