package io.github.medicalnlp.catalogue.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM lists every published artifact of the build at the build's version, and the project files a user
 * and a publisher look for are there: a LICENSE matching the POM's licence, a CHANGELOG, and the POM metadata
 * Maven Central requires.
 */
class BomTest {

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static String child(Element e, String name) {
        NodeList list = e.getElementsByTagName(name);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }

    /** The artifactId of the project itself (not of its parent): a direct child of the root. */
    private static String ownArtifactId(Document pom) {
        for (org.w3c.dom.Node n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeName().equals("artifactId")) {
                return n.getTextContent().strip();
            }
        }
        throw new AssertionError("no artifactId");
    }

    @Test
    void theBomListsEveryModuleAtTheProjectsVersion() throws Exception {
        Document parent = xml(Path.of("../pom.xml"));
        Document bom = xml(Path.of("../bom/pom.xml"));
        String version = child(parent.getDocumentElement(), "version");
        assertThat(child(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(bom.getElementsByTagName("parent").getLength()).as("no parent: it brings only these versions")
                .isZero();
        List<String> modules = new ArrayList<>();
        NodeList ms = parent.getElementsByTagName("module");
        for (int i = 0; i < ms.getLength(); i++) {
            String module = ms.item(i).getTextContent().strip();
            if (!module.equals("bom")) {
                modules.add(ownArtifactId(xml(Path.of("..", module, "pom.xml"))));
            }
        }
        List<String> listed = new ArrayList<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            listed.add(child(d, "artifactId"));
            assertThat(child(d, "version")).isEqualTo("${project.version}");
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(modules);
    }

    @Test
    void theFilesAPublisherNeedsAreThere() throws Exception {
        assertThat(Files.readString(Path.of("../LICENSE"))).contains("Apache License").contains("Version 2.0, January 2004");
        Document parent = xml(Path.of("../pom.xml"));
        assertThat(child(parent.getDocumentElement(), "licenses")).contains("Apache License, Version 2.0");
        for (String required : List.of("scm", "developers", "issueManagement", "url", "description")) {
            assertThat(parent.getElementsByTagName(required).getLength()).as(required).isPositive();
        }
        assertThat(Files.readString(Path.of("../CHANGELOG.md"))).contains("## [Unreleased]").contains("1.0 → 1.1");
    }
}
