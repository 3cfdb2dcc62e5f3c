package com.parashift.alfstream.alfresco;

import com.parashift.alfstream.alfresco.support.RunAs;
import com.parashift.alfstream.alfresco.support.TransactionRunner;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.repository.StoreRef;
import org.alfresco.service.namespace.NamespaceService;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Mocks of the Alfresco plumbing that run the work they are given. */
public final class Fixtures {

    private Fixtures() {
    }

    public static NodeRef node(String uuid) {
        return new NodeRef(StoreRef.STORE_REF_WORKSPACE_SPACESSTORE, uuid);
    }

    /** A transaction runner that runs the work in place. */
    public static TransactionRunner transactions() {
        TransactionRunner runner = mock(TransactionRunner.class);
        when(runner.inNewTransaction(any())).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        when(runner.readOnly(any())).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        return runner;
    }

    public static RunAs runAs(String user) {
        RunAs runAs = mock(RunAs.class);
        when(runAs.currentUser()).thenReturn(user);
        when(runAs.system(any())).thenAnswer(i -> ((Supplier<?>) i.getArgument(0)).get());
        return runAs;
    }

    /** cm, sys, d, alfs, rn and fm prefixes. */
    public static NamespaceService namespaces() {
        Map<String, String> uris = Map.of("cm", NamespaceService.CONTENT_MODEL_1_0_URI,
                "sys", NamespaceService.SYSTEM_MODEL_1_0_URI, "d", NamespaceService.DICTIONARY_MODEL_1_0_URI,
                "alfs", "http://www.parashift.com/model/alfstream/sync/1.0",
                "rn", NamespaceService.RENDITION_MODEL_1_0_URI, "fm", "http://www.alfresco.org/model/forum/1.0");
        NamespaceService ns = mock(NamespaceService.class);
        when(ns.getNamespaceURI(any())).thenAnswer(i -> uris.get((String) i.getArgument(0)));
        when(ns.getPrefixes(any(String.class))).thenAnswer(i -> uris.entrySet().stream()
                .filter(e -> e.getValue().equals(i.getArgument(0))).map(Map.Entry::getKey).toList());
        when(ns.getPrefixes()).thenReturn(uris.keySet());
        return ns;
    }

    public static <T> List<T> list(T... items) {
        return List.of(items);
    }
}
