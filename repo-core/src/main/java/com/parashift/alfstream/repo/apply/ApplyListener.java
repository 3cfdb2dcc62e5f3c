package com.parashift.alfstream.repo.apply;

import com.parashift.alfstream.protocol.NodeSnapshot;

/** Told of every node an apply wrote, after its transaction committed. */
@FunctionalInterface
public interface ApplyListener {

    ApplyListener NONE = node -> { };

    void applied(NodeSnapshot node);
}
