package com.parashift.alfstream.testkit.server;

import com.parashift.alfstream.testkit.repository.ReferenceRepository;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts a reference repository from the command line:
 * {@code java -jar alfstream-testkit-<v>-server.jar --id A --port 8081 --data /tmp/a --user admin --password …}.
 * The password may also come from the environment variable {@code ALFSTREAM_REFERENCE_PASSWORD}. Optional, as in
 * alfresco-global.properties: {@code --share-url} and {@code --share-token} (tell Share of dashboard changes),
 * {@code --create-people true}, {@code --mail-to a@x,b@y}.
 */
public final class ReferenceServerMain {

    private ReferenceServerMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String password = options.getOrDefault("password", System.getenv("ALFSTREAM_REFERENCE_PASSWORD"));
        if (!options.containsKey("id") || !options.containsKey("data") || password == null) {
            System.err.println("usage: --id INSTANCE_ID --data DIRECTORY [--port 8081] [--user admin]"
                    + " --password SECRET (or ALFSTREAM_REFERENCE_PASSWORD) [--share-url URL --share-token TOKEN]"
                    + " [--create-people true] [--mail-to ADDRESSES]");
            System.exit(2);
        }
        Path data = Path.of(options.get("data"));
        ReferenceRepository repository = new ReferenceRepository(options.get("id"), data);
        String mailTo = options.getOrDefault("mail-to", "");
        ReferenceServer.Settings settings = new ReferenceServer.Settings(options.get("share-url"),
                options.get("share-token"), Boolean.parseBoolean(options.getOrDefault("create-people", "false")),
                mailTo.isBlank() ? List.of() : List.of(mailTo.split(",")));
        ReferenceServer server = new ReferenceServer(repository, data,
                Integer.parseInt(options.getOrDefault("port", "8081")), options.getOrDefault("user", "admin"), password,
                settings);
        System.err.println("reference repository " + repository.instanceId() + " at " + server.url()
                + ", Company Home " + repository.rootUuid());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        new CountDownLatch(1).await();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected an option like --port, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
