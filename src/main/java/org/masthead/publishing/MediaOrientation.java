package org.masthead.publishing;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a camera's JPEG. Phones store a portrait photo as landscape pixels plus a
 * note to turn them; browsers honour the note when they show the original, so the renditions, which
 * carry no such note, are turned here to match, and the stored size is the size as seen.
 */
final class MediaOrientation {

    static final int NORMAL = 1;

    private static final int ORIENTATION_TAG = 0x0112;

    private MediaOrientation() {
    }

    /** The orientation (1 to 8) a JPEG declares; 1 when it declares none or its metadata is unreadable. */
    static int of(Path jpeg) throws IOException {
        try (InputStream in = Files.newInputStream(jpeg)) {
            return scan(new DataInputStream(new BufferedInputStream(in)));
        }
        catch (EOFException e) {
            return NORMAL;
        }
    }

    /** Whether pictures in this orientation are stored on their side, so width and height swap. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The pixels turned and mirrored as the orientation says to show them. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean swap = swapsSides(orientation);
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, turn, null);
        }
        finally {
            g.dispose();
        }
        return turned;
    }

    /** Walks the segments before the picture data to the EXIF one, if any. */
    private static int scan(DataInputStream in) throws IOException {
        if (in.readUnsignedShort() != 0xFFD8) {
            return NORMAL;
        }
        while (true) {
            int marker = in.readUnsignedShort();
            if ((marker & 0xFF00) != 0xFF00 || marker == 0xFFDA || marker == 0xFFD9) {
                return NORMAL; // the picture data starts, or the file is not what it seemed: no note
            }
            int length = in.readUnsignedShort() - 2;
            if (length < 0) {
                return NORMAL;
            }
            if (marker == 0xFFE1 && length > 14) {
                byte[] segment = new byte[length];
                in.readFully(segment);
                if (new String(segment, 0, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                    return orientation(ByteBuffer.wrap(segment, 6, length - 6).slice());
                }
            }
            else {
                in.skipNBytes(length);
            }
        }
    }

    /** Reads tag 0x0112 from the first directory of the TIFF structure inside the EXIF segment. */
    private static int orientation(ByteBuffer tiff) {
        try {
            tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            int directory = tiff.getInt(4);
            int entries = Short.toUnsignedInt(tiff.getShort(directory));
            for (int i = 0; i < entries; i++) {
                int entry = directory + 2 + i * 12;
                if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
                    int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
                    return value >= 1 && value <= 8 ? value : NORMAL;
                }
            }
            return NORMAL;
        }
        catch (IndexOutOfBoundsException e) {
            return NORMAL; // offsets pointing outside the segment: metadata we cannot trust
        }
    }
}
