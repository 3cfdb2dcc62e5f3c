package com.parashift.alfstream.testkit.hostile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/** Well-formed apply requests whose one change is spoilt: a node's names, types, values, sizes and ids. */
final class ItemCases {

    private final Changes changes;
    private final List<HostileCase> cases = new ArrayList<>();

    private ItemCases(Seed seed) {
        this.changes = new Changes(seed);
    }

    static List<HostileCase> all(Seed seed) {
        ItemCases c = new ItemCases(seed);
        c.types();
        c.aspects();
        c.properties();
        c.values();
        c.names();
        c.ids();
        c.content();
        c.versions();
        c.permissionsAndAssociations();
        return c.cases;
    }

    private void node(String name, Consumer<ObjectNode> spoil) {
        cases.add(HostileCase.items(name, Changes.request(changes.spoiltNode(spoil))));
    }

    private void item(String name, Consumer<ObjectNode> spoil) {
        ObjectNode item = changes.create();
        spoil.accept(item);
        cases.add(HostileCase.items(name, Changes.request(item)));
    }

    private void types() {
        for (String type : new String[] {"xx:evil", "../../x", "sys:base", "42", "", "cm:", ":folder", "cm:folder\n",
                "alfs:sync", "CM:FOLDER", "cm:doesNotExist", "cm:titled", "cm:folder cm:content", "d:text",
                "cm:folder/../st:site", "\u202Ecm:folder"}) {
            node("type '" + printable(type) + "'", n -> n.put("type", type));
        }
        node("type null", n -> n.putNull("type"));
        node("type missing", n -> n.remove("type"));
        node("type a number", n -> n.put("type", 42));
        node("type an object", n -> n.putObject("type"));
    }

    private void aspects() {
        for (String aspect : new String[] {"xx:evil", "alfs:sync", "sys:referenceable", "../../x", "cm:titled\u0000",
                "cm:folder", ""}) {
            node("aspect '" + printable(aspect) + "'", n -> ((ArrayNode) n.get("aspects")).add(aspect));
        }
        node("aspect null", n -> ((ArrayNode) n.get("aspects")).addNull());
        node("101 aspects", n -> {
            ArrayNode aspects = n.putArray("aspects");
            for (int i = 0; i < 101; i++) {
                aspects.add(i % 2 == 0 ? "cm:titled" : "cm:auditable");
            }
        });
        node("aspects a string", n -> n.put("aspects", "cm:titled"));
    }

    private void properties() {
        for (String name : new String[] {"xx:evil", "alfs:syncState", "alfs:origin", "alfs:lastSynced", "sys:node-uuid",
                "sys:store-identifier", "../../x", "", "cm:title\r\n", "cm:", "cm:doesNotExist"}) {
            node("property '" + printable(name) + "'", n -> Changes.property(Changes.properties(n), name, "d:text", "x"));
        }
        node("alfs:errorMessage carrying <script>", n -> Changes.property(Changes.properties(n), "alfs:errorMessage",
                "d:text", "<script>alert(document.cookie)</script>"));
        node("a 5 MB property value", n -> Changes.property(Changes.properties(n), "cm:description", "d:mltext",
                "x".repeat(5 * 1024 * 1024)));
        node("100,000 properties", n -> manyProperties(n, 100_000));
        node("501 properties", n -> manyProperties(n, 501));
        node("a property value null", n -> Changes.properties(n).putNull("cm:title"));
        node("a property value a string", n -> Changes.properties(n).put("cm:title", "x"));
        node("properties an array", n -> n.putArray("properties"));
        node("value and values both", n -> Changes.properties(n).putObject("cm:title").put("type", "d:mltext")
                .put("value", "a").putArray("values").add("b"));
        node("1001 values", n -> {
            ArrayNode values = Changes.properties(n).putObject("cm:taggable").put("type", "d:category").putArray("values");
            for (int i = 0; i < 1001; i++) {
                values.add("workspace://SpacesStore/tag-" + i);
            }
        });
        node("a null among values", n -> Changes.properties(n).putObject("cm:taggable").put("type", "d:category")
                .putArray("values").addNull());
        node("a property of the wrong data type", n -> Changes.property(Changes.properties(n), "cm:modified", "d:text",
                Changes.MODIFIED));
        node("a data type 'x:evil'", n -> Changes.property(Changes.properties(n), "cm:title", "x:evil", "x"));
    }

    private void manyProperties(ObjectNode node, int count) {
        ObjectNode properties = Changes.properties(node);
        for (int i = 0; i < count; i++) {
            Changes.property(properties, "cm:p" + i, "d:text", "v");
        }
    }

    private void values() {
        String[][] wrong = {
                {"cm:modified", "d:datetime", "yesterday"}, {"cm:modified", "d:datetime", "2026-13-45T00:00:00Z"},
                {"cm:created", "d:datetime", ""}, {"cm:created", "d:datetime", "1764547200"},
                {"fm:commentCount", "d:int", "abc"}, {"fm:commentCount", "d:int", "99999999999"},
                {"fm:commentCount", "d:int", "1.5"}, {"cm:initialVersion", "d:boolean", "yes"},
                {"cm:initialVersion", "d:boolean", "TRUE "}, {"cm:likesRatingSchemeTotal", "d:float", "NaN"},
                {"cm:likesRatingSchemeTotal", "d:float", "Infinity"}, {"cm:homeFolder", "d:noderef", "../../etc"},
                {"cm:homeFolder", "d:noderef", "workspace://SpacesStore/../../etc"}, {"cm:locale", "d:locale", "../x"},
                {"cm:taggable", "d:category", "javascript:alert(1)"},
        };
        for (String[] w : wrong) {
            node(w[0] + " '" + printable(w[2]) + "' as " + w[1], n -> Changes.property(Changes.properties(n), w[0], w[1], w[2]));
        }
        node("cm:modified a number", n -> Changes.properties(n).putObject("cm:modified").put("type", "d:datetime")
                .put("value", 1764547200));
        node("cm:title a boolean", n -> Changes.properties(n).putObject("cm:title").put("type", "d:mltext")
                .put("value", true));
    }

    private void names() {
        String[] names = {"\uD800", "x\uDC00y", "report\u202Etxt.exe", "\u2066isolate", "rtl\u200Fmark", "a/b", "..",
                ".", "", " ", "trailing.", "trailing ", "C:drive", "a\u0000b", "a\nb", "a\rb", "del\u007F", "\uFEFFbom",
                "line\u2028sep", "star*", "<script>", "a|b", "quote\"", "back\\slash", "what?",
                "\uD83D\uDE00".repeat(256), "n".repeat(256), "\t"};
        for (String name : names) {
            node("name '" + printable(name) + "'", n -> n.put("name", name));
        }
        node("name null", n -> n.putNull("name"));
        node("name a number", n -> n.put("name", 42));
    }

    private void ids() {
        for (String uuid : new String[] {"../../etc", "..", "/etc/passwd", "a/b", "%2e%2e", "", "-x", "a\u0000",
                "a b", "\u00c4\u00d6", "x".repeat(65), "GROUP_x"}) {
            item("uuid '" + printable(uuid) + "'", i -> {
                i.put("uuid", uuid);
                ((ObjectNode) i.get("node")).put("uuid", uuid);
            });
        }
        item("node.uuid differs from uuid", i -> ((ObjectNode) i.get("node")).put("uuid", "0badc0de-0000-4000-8000-0000000000ff"));
        item("id -1", i -> i.put("id", -1));
        item("id Long.MIN_VALUE", i -> i.put("id", Long.MIN_VALUE));
        item("id too large for a long", i -> i.put("id", new java.math.BigInteger("99999999999999999999")));
        item("id a string", i -> i.put("id", "1"));
        item("id 1.5", i -> i.put("id", 1.5));
        item("time -5", i -> i.put("time", -5));
        item("kind 'EVIL'", i -> i.put("kind", "EVIL"));
        item("kind 'create'", i -> i.put("kind", "create"));
        item("kind null", i -> i.putNull("kind"));
        item("kind a number", i -> i.put("kind", 0));
        item("kind RECONCILE, an instruction to the engine", i -> i.put("kind", "RECONCILE"));
        item("item origin '../../etc'", i -> i.put("origin", "../../etc"));
        item("item origin with CR/LF", i -> i.put("origin", "A\r\nX-Injected: 1"));
        item("a DELETE carrying a node", i -> i.put("kind", "DELETE"));
        item("a CREATE carrying a group", i -> i.putObject("group").put("name", "GROUP_x"));
        for (String parent : new String[] {"../../etc", "a/b", Changes.NEW_UUID}) {
            node("parentUuid '" + parent + "'", n -> n.put("parentUuid", parent));
        }
        for (String path : new String[] {"/Company Home/../../etc", "relative/path", "/Company Home/a\u0000",
                "/Company Home/" + "p".repeat(9000), "/Company Home//Projects", "\\Company Home"}) {
            node("parentPath '" + printable(path) + "'", n -> n.put("parentPath", path).put("parentUuid",
                    "0badc0de-0000-4000-8000-00000000dead"));
        }
        node("homeOwner '../../etc'", n -> n.put("homeOwner", "../../etc"));
        node("parentHomeOwner 'GROUP_x'", n -> n.put("parentHomeOwner", "GROUP_x").remove("parentUuid"));
        node("parentHomeOwner 'a/b'", n -> n.put("parentHomeOwner", "a/b").remove("parentUuid"));
    }

    private void content() {
        byte[] bytes = "hostile bytes".getBytes(StandardCharsets.UTF_8);
        String sha = com.parashift.alfstream.repo.http.Sha256.hex(bytes);
        String inline = Base64.getEncoder().encodeToString(bytes);
        String[][] descriptors = {
                {"text/plain\r\nX-Evil: 1", "UTF-8", sha, inline, "13"}, {"text/plain\n", "UTF-8", sha, inline, "13"},
                {"", "UTF-8", sha, inline, "13"}, {"../../x", "UTF-8", sha, inline, "13"},
                {"text/" + "p".repeat(200), "UTF-8", sha, inline, "13"}, {"text/plain", "UTF-8\r\n", sha, inline, "13"},
                {"text/plain", "UTF-8", "../../etc", inline, "13"}, {"text/plain", "UTF-8", sha.toUpperCase(), inline, "13"},
                {"text/plain", "UTF-8", sha, inline, "-1"},
                {"text/plain", "UTF-8", "0".repeat(64), inline, "13"},
                {"text/plain", "UTF-8", sha, "not base64 !", "13"},
                {"text/plain", "UTF-8", sha, inline, "12"},
                {"text/plain", "UTF-8", "1".repeat(64), null, "100000"},
        };
        for (String[] d : descriptors) {
            node("content " + printable(String.join(" | ", java.util.Arrays.stream(d)
                    .map(s -> s == null ? "no inline" : s.length() > 30 ? s.substring(0, 30) + "…" : s).toList())), n -> {
                n.put("type", "cm:content");
                ObjectNode content = n.putObject("content").put("size", Long.parseLong(d[4])).put("mimetype", d[0])
                        .put("encoding", d[1]).put("sha256", d[2]);
                if (d[3] != null) {
                    content.put("inline", d[3]);
                }
            });
        }
    }

    private void versions() {
        for (String label : new String[] {"../../x", "1.0\r\n", "", "1", "1.0.0", "9".repeat(20) + ".0"}) {
            node("version label '" + printable(label) + "'", n -> n.putArray("versions").addObject().put("label", label)
                    .put("type", "MAJOR").put("creator", "admin").put("created", "2026-12-01T10:00:00.000Z"));
        }
        node("version without a label", n -> n.putArray("versions").addObject().put("type", "MAJOR"));
        node("version label twice", n -> {
            ArrayNode versions = n.putArray("versions");
            versions.addObject().put("label", "1.0").put("type", "MAJOR");
            versions.addObject().put("label", "1.0").put("type", "MAJOR");
        });
        node("version null", n -> n.putArray("versions").addNull());
    }

    private void permissionsAndAssociations() {
        for (String authority : new String[] {"../../etc", "GROUP_../x", "a\r\nb", "", "ROLE_../x"}) {
            node("permission for '" + printable(authority) + "'", n -> ((ArrayNode) n.get("permissions").get("entries"))
                    .addObject().put("authority", authority).put("permission", "Consumer").put("allowed", true));
        }
        node("permission 'Consumer\\r\\n'", n -> ((ArrayNode) n.get("permissions").get("entries"))
                .addObject().put("authority", "GROUP_EVERYONE").put("permission", "Consumer\r\n").put("allowed", true));
        node("permission entry null", n -> ((ArrayNode) n.get("permissions").get("entries")).addNull());
        node("1001 permission entries", n -> {
            ArrayNode entries = (ArrayNode) n.get("permissions").get("entries");
            for (int i = 0; i < 1001; i++) {
                entries.addObject().put("authority", "GROUP_EVERYONE").put("permission", "Consumer").put("allowed", true);
            }
        });
        String[][] associations = {{"xx:evil", Changes.NEW_UUID}, {"cm:contains", Changes.NEW_UUID},
                {"cm:references", "../../etc"}, {"cm:references", "a/b"}, {"../../x", Changes.NEW_UUID}};
        for (String[] a : associations) {
            node("association " + a[0] + " to '" + a[1] + "'", n -> ((ArrayNode) n.get("associations")).addObject()
                    .put("type", a[0]).put("targetUuid", a[1]));
        }
        node("association null", n -> ((ArrayNode) n.get("associations")).addNull());
        node("1001 associations", n -> {
            ArrayNode list = (ArrayNode) n.get("associations");
            for (int i = 0; i < 1001; i++) {
                list.addObject().put("type", "cm:references").put("targetUuid", Changes.NEW_UUID);
            }
        });
    }

    /** The text with control, format and surrogate characters shown as code points, for a test's name. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || Character.getType(cp) == Character.FORMAT
                    || Character.getType(cp) == Character.SURROGATE || cp == 0x2028) {
                out.append(String.format("\\u%04X", cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return text.codePointCount(0, text.length()) > 40 ? out + "…(" + text.length() + ")" : out.toString();
    }
}
