package com.parashift.alfstream.repo.port;

import java.io.IOException;
import java.io.InputStream;

/** Content to write, opened as a stream only when the writer is ready for it. */
@FunctionalInterface
public interface ContentSource {

    InputStream open() throws IOException;
}
