package com.parashift.alfstream.testkit.alfresco;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Installs AMPs into a copy of a war with Alfresco's own Module Management Tool, and unpacks a war. */
public final class Webapps {

    private Webapps() {
    }

    /**
     * {@code war} with {@code amps} installed by {@code mmt} (the MMT of the same Alfresco release), written to
     * {@code target}; the original war is never touched.
     */
    public static Path withAmps(Path war, Path mmt, List<Path> amps, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(war, target, StandardCopyOption.REPLACE_EXISTING);
            target.toFile().setWritable(true);
            for (Path amp : amps) {
                List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", mmt.toString(), "install",
                        amp.toString(), target.toString(), "-force", "-nobackup"));
                Processes.run(command);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + war + ": " + e.getMessage(), e);
        }
    }

    /** Unpacks a war (a zip) into {@code dir}, refusing entries that would land outside it. */
    public static void unpack(Path war, Path dir) {
        try (InputStream in = Files.newInputStream(war); ZipInputStream zip = new ZipInputStream(in)) {
            Path root = dir.toAbsolutePath().normalize();
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IOException("entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + war + ": " + e.getMessage(), e);
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
