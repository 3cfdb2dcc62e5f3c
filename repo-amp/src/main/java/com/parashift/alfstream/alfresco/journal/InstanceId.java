package com.parashift.alfstream.alfresco.journal;

import org.alfresco.service.descriptor.DescriptorService;

import java.util.function.Supplier;

/**
 * This repository's instance id: {@code alfstream.sync.instanceId} when set, otherwise the repository id that
 * Alfresco generated at installation (stable across restarts, distinct between installations).
 */
public class InstanceId implements Supplier<String> {

    private final String configured;
    private final DescriptorService descriptorService;
    private volatile String resolved;

    public InstanceId(String configured, DescriptorService descriptorService) {
        this.configured = configured == null ? "" : configured.trim();
        this.descriptorService = descriptorService;
    }

    @Override
    public String get() {
        String id = resolved;
        if (id == null) {
            id = configured.isEmpty() ? descriptorService.getCurrentRepositoryDescriptor().getId() : configured;
            if (id == null || id.isBlank()) {
                throw new IllegalStateException("no instance id: set alfstream.sync.instanceId");
            }
            resolved = id;
        }
        return id;
    }
}
