package dev.capstan.chart;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/** Go's {@code *PathError} texts for I/O failures ({@code open X: no such file or directory}). */
public final class GoErrors {
    private GoErrors() {
    }

    /** {@code OP PATH: REASON}, as Go's {@code *PathError} prints. */
    public static String pathError(String op, Object path, IOException e) {
        return op + " " + path + ": " + reason(e);
    }

    /** The errno text Go prints for the failure ({@code no such file or directory}). */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof FileAlreadyExistsException) return "file exists";
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT); // the OS text, e.g. "is a directory"
        }
        return e.getMessage();
    }

    static String ioText(Path p, IOException e) {
        return pathError("open", p, e);
    }
}
