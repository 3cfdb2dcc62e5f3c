package com.parashift.alfstream.karaf.command;

import com.parashift.alfstream.engine.config.EngineSettings;
import com.parashift.alfstream.engine.config.PasswordCipher;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import java.nio.file.Path;
import java.util.Map;

/**
 * {@code alfstream:encrypt [password]}: prints the {@code ENC(...)} form of a password for
 * {@code alfstream.local.password} / {@code alfstream.remote.password}, creating the key file on first use. Without
 * the argument the password is read from the console without echo, so it stays out of the shell's history.
 */
@Service
@Command(scope = "alfstream", name = "encrypt", description = "Encrypts a password for etc/com.parashift.cfg")
public class EncryptCommand implements Action {

    @Reference
    Session session;

    @Option(name = "--key-file", description = "the key file, as alfstream.sync.key.file names it (default "
            + EngineSettings.DEFAULT_KEY_FILE + ", relative to Karaf's home)")
    String keyFile;

    @Argument(name = "password", description = "the password; asked for without echo when left out")
    String password;

    @Override
    public Object execute() throws Exception {
        Path base = Path.of(System.getProperty("karaf.base", "."));
        Path key = EngineSettings.keyFile(keyFile == null ? Map.of() : Map.of(EngineSettings.KEY_FILE, keyFile), base);
        String plain = password != null ? password : session.readLine("password: ", '*');
        if (plain == null || plain.isEmpty()) {
            throw new IllegalArgumentException("no password given");
        }
        System.out.println(PasswordCipher.loadOrCreate(key).encrypt(plain));
        return null;
    }
}
