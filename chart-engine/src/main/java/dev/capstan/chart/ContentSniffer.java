package dev.capstan.chart;

/**
 * The part of Go's {@code http.DetectContentType} that matters for a file that is not a gzip
 * archive. Helm sniffs a 512-byte buffer padded with zero bytes, so short files always look
 * binary ({@code application/octet-stream}).
 */
final class ContentSniffer {
    private ContentSniffer() {
    }

    static String detect(byte[] buf512) {
        if (startsWith(buf512, "%PDF-")) {
            return "application/pdf";
        }
        if (startsWith(buf512, "PK\u0003\u0004")) {
            return "application/zip";
        }
        if (startsWith(buf512, "\u0089PNG\r\n\u001a\n")) {
            return "image/png";
        }
        for (byte b : buf512) {
            int c = b & 0xff;
            if (c <= 0x08 || c == 0x0B || (c >= 0x0E && c <= 0x1A) || (c >= 0x1C && c <= 0x1F)) {
                return "application/octet-stream";
            }
        }
        return "text/plain; charset=utf-8";
    }

    private static boolean startsWith(byte[] b, String sig) {
        if (b.length < sig.length()) {
            return false;
        }
        for (int i = 0; i < sig.length(); i++) {
            if ((b[i] & 0xff) != sig.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
