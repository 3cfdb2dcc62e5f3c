package com.parashift.alfstream.alfresco.adapter;

import com.parashift.alfstream.protocol.Permissions;
import com.parashift.alfstream.protocol.Permissions.AccessEntry;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.security.AccessStatus;
import org.alfresco.service.cmr.security.PermissionService;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A node's permissions as they travel: the inheritance flag and the entries set on the node itself. */
public class PermissionsMapper {

    private static final Comparator<AccessEntry> ORDER = Comparator.comparing(AccessEntry::authority)
            .thenComparing(AccessEntry::permission).thenComparing(AccessEntry::allowed);

    private final PermissionService permissionService;

    public PermissionsMapper(PermissionService permissionService) {
        this.permissionService = permissionService;
    }

    public Permissions read(NodeRef node) {
        List<AccessEntry> entries = permissionService.getAllSetPermissions(node).stream()
                .filter(p -> p.isSetDirectly() && p.getAccessStatus() != AccessStatus.UNDETERMINED)
                .map(p -> new AccessEntry(p.getAuthority(), p.getPermission(), p.getAccessStatus() == AccessStatus.ALLOWED))
                .sorted(ORDER)
                .toList();
        return new Permissions(permissionService.getInheritParentPermissions(node), entries);
    }

    /** Brings the node to the wanted permissions, changing only what differs; {@code null} keeps them. */
    public void write(NodeRef node, Permissions wanted) {
        if (wanted == null) {
            return;
        }
        Permissions current = read(node);
        if (current.inherit() != wanted.inherit()) {
            permissionService.setInheritParentPermissions(node, wanted.inherit());
        }
        Set<AccessEntry> want = new HashSet<>(wanted.entries() == null ? List.of() : wanted.entries());
        for (AccessEntry entry : current.entries()) {
            if (!want.contains(entry)) {
                permissionService.deletePermission(node, entry.authority(), entry.permission());
            }
        }
        Set<AccessEntry> have = new HashSet<>(current.entries());
        want.stream().filter(e -> !have.contains(e)).sorted(ORDER).forEach(e ->
                permissionService.setPermission(node, e.authority(), e.permission(), e.allowed()));
    }
}
