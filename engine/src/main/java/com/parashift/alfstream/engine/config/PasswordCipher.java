package com.parashift.alfstream.engine.config;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Passwords given encrypted in {@code etc/com.parashift.cfg} as {@code ENC(<base64>)}: AES-256-GCM with a key kept
 * in its own file ({@code alfstream.sync.key.file}, by default {@code etc/alfstream.key}, readable by Karaf's user
 * only). The base64 text is a 12-byte random nonce followed by the ciphertext and its 16-byte tag, so a value that
 * was altered, cut, or made with another key is refused, never decrypted to garbage. Whoever can read the key file
 * can decrypt the passwords: the scheme keeps them out of the configuration file, its backups and its diffs.
 */
public final class PasswordCipher {

    private static final String PREFIX = "ENC(";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private PasswordCipher(SecretKey key) {
        this.key = key;
    }

    public static boolean isEncrypted(String value) {
        return value.startsWith(PREFIX) && value.endsWith(")");
    }

    /** The cipher of an existing key file; an IOException says it is missing or unreadable. */
    public static PasswordCipher load(Path keyFile) throws IOException {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IOException(keyFile + " is not a base64 key", e);
        }
        if (bytes.length != 32) {
            throw new IOException(keyFile + " does not hold a 256-bit key");
        }
        return new PasswordCipher(new SecretKeySpec(bytes, "AES"));
    }

    /** The cipher of the key file, which is created (owner read/write only) if it does not exist yet. */
    public static PasswordCipher loadOrCreate(Path keyFile) throws IOException, GeneralSecurityException {
        if (!Files.exists(keyFile)) {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            String text = Base64.getEncoder().encodeToString(generator.generateKey().getEncoded()) + "\n";
            Files.createDirectories(keyFile.toAbsolutePath().getParent());
            try {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(keyFile, text, StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException raced) {
                // another command created it meanwhile: use that one
            }
        }
        return load(keyFile);
    }

    public String encrypt(String plain) throws GeneralSecurityException {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
        byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        return PREFIX + Base64.getEncoder().encodeToString(out) + ")";
    }

    /** Decrypts an {@code ENC(...)} value; a GeneralSecurityException says it is malformed or not of this key. */
    public String decrypt(String value) throws GeneralSecurityException {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(value.substring(PREFIX.length(), value.length() - 1));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("not base64 inside ENC(...)");
        }
        if (all.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("too short to be an encrypted value");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
        return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
    }
}
