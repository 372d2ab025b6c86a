package org.masthead.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Picture files, good and bad, made in the test rather than kept as binary fixtures. */
final class MediaSamples {

    /**
     * A 1 × 1 lossless WebP of colour #3366CC, written out by hand:
     * {@code RIFF} + length 26 + {@code WEBP}, then a {@code VP8L} chunk of 13 bytes (+1 padding): the
     * signature 0x2F; 14 bits width-1 and 14 bits height-1 (both 0), no alpha, version 0; no
     * transforms, no colour cache, no meta codes; then five "simple" prefix codes of one 8-bit symbol
     * each — green 0x66, red 0x33, blue 0xCC, alpha 0xFF, distance 0 — so the pixel costs no bits.
     */
    static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAAKhZZ8rc/wIAAA==";

    static final Color RED = new Color(220, 30, 30);
    static final Color BLUE = new Color(30, 60, 220);

    private MediaSamples() {
    }

    static byte[] webp1x1() {
        return Base64.getDecoder().decode(WEBP_1X1);
    }

    /** A photo-like opaque picture: a gradient with shapes, so compression has something to do. */
    static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(40, 90, 160), width, height, new Color(240, 200, 120)));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(250, 250, 240));
        g.fillOval(width / 4, height / 4, width / 3, height / 3);
        g.dispose();
        return image;
    }

    /** Left half red, right half blue: shows which way a picture was turned. */
    static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    /** A picture whose corners are see-through. */
    static BufferedImage transparent(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BLUE);
        g.fillOval(0, 0, width, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height), "jpeg");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A GIF of two frames: red, then blue. */
    static byte[] animatedGif(int width, int height) {
        BufferedImage red = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage blue = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        fill(red, RED);
        fill(blue, BLUE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new javax.imageio.IIOImage(red, null, null), null);
            writer.writeToSequence(new javax.imageio.IIOImage(blue, null, null), null);
            writer.endWriteSequence();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static void fill(BufferedImage image, Color color) {
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
    }

    /**
     * A lossless WebP of one colour, a few dozen bytes at any size (see {@link #WEBP_1X1}): a large one
     * is a decompression bomb.
     */
    static byte[] webp(int width, int height, int argb) {
        return webp(width, height, argb, argb);
    }

    /**
     * A lossless WebP, left half one colour and right half another, the two differing only in green.
     * Every prefix code is "simple": one symbol costs no bits, so a one-colour picture is tiny; two
     * green symbols cost a bit per pixel, which keeps the file within the reader's guard against
     * pictures that claim over 2048 times their file size in memory.
     */
    static byte[] webp(int width, int height, int left, int right) {
        if ((left & 0xFFFF00FF) != (right & 0xFFFF00FF)) {
            throw new IllegalArgumentException("The colours may differ only in green");
        }
        int leftGreen = (left >> 8) & 0xFF;
        int rightGreen = (right >> 8) & 0xFF;
        Bits bits = new Bits();
        bits.put(0x2F, 8);
        bits.put(width - 1, 14);
        bits.put(height - 1, 14);
        bits.put(left >>> 24 == 0xFF ? 0 : 1, 1);
        bits.put(0, 3);
        bits.put(0, 3); // no transform, no colour cache, no meta prefix codes
        if (leftGreen == rightGreen) {
            simpleCode(bits, leftGreen);
        }
        else { // two symbols of one bit each, the smaller one coded 0
            bits.put(1, 1);
            bits.put(1, 1);
            bits.put(1, 1);
            bits.put(Math.min(leftGreen, rightGreen), 8);
            bits.put(Math.max(leftGreen, rightGreen), 8);
        }
        simpleCode(bits, (left >> 16) & 0xFF);
        simpleCode(bits, left & 0xFF);
        simpleCode(bits, left >>> 24);
        simpleCode(bits, 0); // distance, never used
        if (leftGreen != rightGreen) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int green = x < width / 2 ? leftGreen : rightGreen;
                    bits.put(green == Math.min(leftGreen, rightGreen) ? 0 : 1, 1);
                }
            }
        }
        byte[] data = bits.bytes();
        int padding = data.length % 2;
        ByteBuffer file = ByteBuffer.allocate(20 + data.length + padding).order(ByteOrder.LITTLE_ENDIAN);
        file.put(ascii("RIFF")).putInt(12 + data.length + padding).put(ascii("WEBP"));
        file.put(ascii("VP8L")).putInt(data.length).put(data);
        return file.array();
    }

    /** A prefix code of one 8-bit symbol, which then takes no bits to write. */
    private static void simpleCode(Bits bits, int symbol) {
        bits.put(1, 1);
        bits.put(0, 1);
        bits.put(1, 1);
        bits.put(symbol, 8);
    }

    /** Bits written least significant first, as VP8L reads them. */
    private static final class Bits {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private long pending;
        private int count;

        void put(long value, int width) {
            pending |= (value & ((1L << width) - 1)) << count;
            count += width;
            while (count >= 8) {
                out.write((int) (pending & 0xFF));
                pending >>>= 8;
                count -= 8;
            }
        }

        byte[] bytes() {
            if (count > 0) {
                out.write((int) pending);
            }
            return out.toByteArray();
        }
    }

    /**
     * A PNG whose header declares a picture of this size, with a few bytes of pixel data: it would
     * take {@code width * height * 3} bytes of memory to decode, which a check of the header spares.
     */
    static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[64]);
        deflater.finish();
        byte[] compressed = new byte[128];
        chunk(out, "IDAT", Arrays.copyOf(compressed, deflater.deflate(compressed)));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        CRC32 crc = new CRC32();
        crc.update(ascii(type));
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(ascii(type));
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A real JPEG whose frame header (SOF) is changed to claim another size. */
    static byte[] jpegDeclaring(int width, int height) {
        byte[] jpeg = jpeg(64, 48);
        ByteBuffer segments = ByteBuffer.wrap(jpeg);
        for (int at = 2; at + 9 < jpeg.length; at += 2 + Short.toUnsignedInt(segments.getShort(at + 2))) {
            int marker = Short.toUnsignedInt(segments.getShort(at));
            if (marker == 0xFFC0 || marker == 0xFFC2) {
                segments.putShort(at + 5, (short) height).putShort(at + 7, (short) width);
                return jpeg;
            }
        }
        throw new IllegalStateException("No frame header in the sample JPEG");
    }

    /** A JPEG with an EXIF segment saying how to turn it (1 to 8), as cameras write them. */
    static byte[] jpegWithOrientation(BufferedImage image, int orientation) {
        return jpegWithOrientation(image, orientation, ByteOrder.BIG_ENDIAN, false);
    }

    /**
     * A JPEG with an EXIF segment in either byte order, placed straight after the start of the file
     * or, as many phones write it, after the JFIF segment.
     */
    static byte[] jpegWithOrientation(BufferedImage image, int orientation, ByteOrder order, boolean afterJfif) {
        byte[] jpeg = encode(image, "jpeg");
        // TIFF structure: header, one directory of one entry (0x0112, SHORT, 1 value).
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
        tiff.put(ascii(order == ByteOrder.BIG_ENDIAN ? "MM" : "II")).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy(ascii("Exif\0\0"), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        segment.write(0xFF);
        segment.write(0xE1);
        segment.writeBytes(ByteBuffer.allocate(2).putShort((short) (exif.length + 2)).array());
        segment.writeBytes(exif);
        // The encoder writes its JFIF (APP0) segment straight after the start of the file.
        int jfifEnd = 2;
        if (afterJfif && (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
            jfifEnd = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, jfifEnd);
        out.writeBytes(segment.toByteArray());
        out.write(jpeg, jfifEnd, jpeg.length - jfifEnd);
        return out.toByteArray();
    }

    /** The start of a Windows program, as a renamed {@code setup.exe} would begin. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        ByteBuffer.wrap(exe, 0x3C, 4).order(ByteOrder.LITTLE_ENDIAN).putInt(0x80);
        System.arraycopy(ascii("PE\0\0"), 0, exe, 0x80, 4);
        return exe;
    }

    /** The start of a Linux program. */
    static byte[] elfExecutable() {
        byte[] elf = new byte[256];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1}, 0, elf, 0, 7);
        return elf;
    }

    static byte[] svg() {
        return utf8("""
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">
                  <script>alert(document.cookie)</script>
                  <rect width="100" height="100" fill="red"/>
                </svg>
                """);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
