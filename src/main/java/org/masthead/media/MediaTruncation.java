package org.masthead.media;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a file cut short where its decoder would not. A JPEG decoder warns of a missing end and a
 * PNG one fails for want of pixel data, but only the first frame of a GIF is decoded, so a later
 * frame cut off passes unseen; and a WebP's header says how long the file must be.
 */
final class MediaTruncation {

    private MediaTruncation() {
    }

    static boolean isCut(Path file, MediaFormat format) throws IOException {
        return switch (format) {
            case GIF -> !gifRunsToItsTrailer(file);
            case WEBP -> webpLength(file) > Files.size(file);
            default -> false;
        };
    }

    /** The file length a WebP's RIFF header declares. */
    private static long webpLength(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(8);
            return head.length < 8 ? Long.MAX_VALUE
                    : 8 + Integer.toUnsignedLong(ByteBuffer.wrap(head, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
        }
    }

    /** Walks a GIF's blocks, frames and extensions alike, to the trailer byte that ends it. */
    private static boolean gifRunsToItsTrailer(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            in.skipNBytes(10); // signature, version, screen width and height
            int flags = in.readUnsignedByte();
            in.skipNBytes(2); // background colour, pixel aspect
            skipColourTable(in, flags);
            while (true) {
                switch (in.readUnsignedByte()) {
                    case 0x3B -> {
                        return true;
                    }
                    case 0x21 -> { // extension: label, then data
                        in.skipNBytes(1);
                        skipSubBlocks(in);
                    }
                    case 0x2C -> { // frame: position and size, flags, colours, LZW code size, then data
                        in.skipNBytes(8);
                        skipColourTable(in, in.readUnsignedByte());
                        in.skipNBytes(1);
                        skipSubBlocks(in);
                    }
                    default -> {
                        return false;
                    }
                }
            }
        }
        catch (EOFException e) {
            return false;
        }
    }

    private static void skipColourTable(DataInputStream in, int flags) throws IOException {
        if ((flags & 0x80) != 0) {
            in.skipNBytes(3L << ((flags & 0x07) + 1));
        }
    }

    private static void skipSubBlocks(DataInputStream in) throws IOException {
        for (int size = in.readUnsignedByte(); size != 0; size = in.readUnsignedByte()) {
            in.skipNBytes(size);
        }
    }
}
