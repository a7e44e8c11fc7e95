package io.github.medicalnlp.catalogue.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command's options, as its {@code --help} shows them, are the options docs/cli.md gives it, and the
 * other way round: the reference cannot lose an option, and a command declared through picocli's
 * programmatic API cannot lose one the reference promises.
 */
class CliReferenceTest {

    private static final Pattern LONG_OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z-]*");

    private static Set<String> options(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = LONG_OPTION.matcher(text);
        while (m.find()) {
            names.add(m.group());
        }
        names.remove("--help");
        names.remove("--version");
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "query", "diff", "stats", "lint", "schema"})
    void theReferenceGivesEachCommandTheOptionsItsHelpShows(String command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = MedicalNlpCommand.run(new String[] {command, "--help"}, InputStream.nullInputStream(), out,
                OutputStream.nullOutputStream());
        assertThat(code).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        Set<String> declared = new TreeSet<>();
        for (String line : help.split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("-")) { // an option's line: its names, then two spaces, then its description
                int gap = stripped.indexOf("  ");
                declared.addAll(options(gap < 0 ? stripped : stripped.substring(0, gap)));
            }
        }
        String row = Files.readString(Path.of("../docs/cli.md")).lines()
                .filter(l -> l.startsWith("| `" + command + " ") || l.startsWith("| `" + command + "`"))
                .findFirst().orElseThrow();
        String signature = row.substring(0, row.indexOf("` |") + 1);
        assertThat(row).as("docs/cli.md's row of '" + command + "' names each of its options")
                .contains(declared.stream().map(o -> (CharSequence) o).toList());
        assertThat(declared).as("'" + command + " --help' has every option of docs/cli.md's signature")
                .containsAll(options(signature));
    }

    /** lint's help lists its rules by hand (an annotation takes only constants): every rule, and no other. */
    @org.junit.jupiter.api.Test
    void lintsHelpNamesEveryRule() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MedicalNlpCommand.run(new String[] {"lint", "--help"}, InputStream.nullInputStream(), out, OutputStream.nullOutputStream());
        String help = out.toString(StandardCharsets.UTF_8);
        String rules = help.substring(help.indexOf("Rules:"), help.indexOf("Text output ends"));
        Set<String> listed = new TreeSet<>(java.util.Arrays.asList(rules.substring("Rules:".length())
                .replaceAll("[\\s.]+", "").split(",")));
        assertThat(listed).isEqualTo(io.github.medicalnlp.catalogue.markdown.MarkdownLinter.rules().stream()
                .map(io.github.medicalnlp.catalogue.lint.RuleInfo::rule)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
