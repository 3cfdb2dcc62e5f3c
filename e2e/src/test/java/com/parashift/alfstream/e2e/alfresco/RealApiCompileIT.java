package com.parashift.alfstream.e2e.alfresco;

import com.parashift.alfstream.testkit.alfresco.RealAlfresco;
import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The repository AMP's sources compile against the jars inside the real Alfresco war ({@code WEB-INF/lib}), with
 * none of the project's API stand-ins: every Alfresco, Spring and webscript signature the AMP uses is the real one.
 */
class RealApiCompileIT {

    @Test
    void theAmpCompilesAgainstTheRealAlfrescoJars() throws IOException {
        assumeTrue(RealAlfresco.available().isPresent(), RealAlfresco.unavailableReason());
        Path war = RealAlfresco.available().orElseThrow();
        Path lib = Path.of(System.getProperty("real.alfresco.work")).resolve("war-lib");
        List<File> classpath = new ArrayList<>(unpackLibs(war, lib));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("alfstream-repo-core") || entry.contains("alfstream-protocol")) {
                classpath.add(new File(entry));
            }
        }
        assertTrue(classpath.stream().noneMatch(f -> f.getName().contains("alfstream-alfresco-api")),
                "the stand-ins must not be on the classpath");
        List<File> sources;
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("repo.amp.sources")))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList();
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Path out = Files.createDirectories(lib.resolveSibling("real-api-classes"));
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            files.setLocation(javax.tools.StandardLocation.CLASS_PATH, classpath);
            files.setLocation(javax.tools.StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
            boolean ok = compiler.getTask(null, files, diagnostics, List.of("--release", "17", "-proc:none"), null,
                    files.getJavaFileObjectsFromFiles(sources)).call();
            String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            assertTrue(ok, sources.size() + " sources against " + classpath.size() + " jars:\n" + errors);
        }
    }

    private static List<File> unpackLibs(Path war, Path lib) throws IOException {
        Files.createDirectories(lib);
        List<File> jars = new ArrayList<>();
        try (InputStream in = Files.newInputStream(war); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar") && name.indexOf('/', 12) < 0) {
                    Path jar = lib.resolve(name.substring(12));
                    Files.copy(zip, jar, StandardCopyOption.REPLACE_EXISTING);
                    jars.add(jar.toFile());
                }
            }
        }
        return jars;
    }
}
