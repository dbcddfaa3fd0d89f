package org.innopark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class of every module is named so that Surefire runs it: a class with test methods whose name the
 * build's Surefire includes do not match would compile and never run. Reads the includes from the parent pom (and
 * any module's own), and the test sources of each module next to this one (the working directory of a Surefire run
 * is the module's directory, so the relative paths hold from a fresh clone).
 */
class SurefireNamingTests {

    /** What Surefire runs when no pom says otherwise. */
    static final List<String> SUREFIRE_DEFAULTS =
            List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

    static final Pattern TEST_METHOD = Pattern.compile(
            "^\\s*@([\\w.]+\\.)?(Test|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate)\\b", Pattern.MULTILINE);

    static final Pattern SUREFIRE_PLUGIN =
            Pattern.compile("<artifactId>maven-surefire-plugin</artifactId>(.*?)</plugin>", Pattern.DOTALL);

    static final Pattern INCLUDE = Pattern.compile("<include>\\s*([^<]+?)\\s*</include>");

    /** The build's root: the working directory when it is the aggregator (an IDE's run), else its parent. */
    static final Path ROOT = root();

    @Test
    void everyClassWithTestMethodsIsMatchedBySurefiresIncludes() throws IOException {
        List<Path> modules = modulesWithTests();
        assertThat(modules)
                .as("modules with test sources next to %s", Path.of("").toAbsolutePath())
                .extracting(m -> m.getFileName().toString())
                .contains("innopark-engine", "innopark-app");
        TreeSet<String> unmatched = new TreeSet<>();
        TreeSet<String> orphans = new TreeSet<>();
        int tests = 0;
        for (Path module : modules) {
            List<Pattern> includes = includes(module);
            Path sources = module.resolve("src/test/java");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(sources)) {
                files = walk.filter(f -> f.toString().endsWith(".java")).toList();
            }
            List<String> included = new ArrayList<>();
            List<Path> abstractTests = new ArrayList<>();
            for (Path file : files) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                String source = Files.readString(file, StandardCharsets.UTF_8);
                boolean matched =
                        includes.stream().anyMatch(p -> p.matcher(relative).matches());
                if (matched) {
                    included.add(source);
                }
                if (!TEST_METHOD.matcher(source).find()) {
                    continue;
                }
                tests++;
                String name = file.getFileName().toString().replace(".java", "");
                if (Pattern.compile("\\babstract\\s+class\\s+" + name + "\\b")
                        .matcher(source)
                        .find()) {
                    abstractTests.add(file);
                } else if (!matched) {
                    unmatched.add(module.getFileName() + "/src/test/java/" + relative);
                }
            }
            // An abstract class's tests run in its subclasses: at least one of them must run.
            for (Path file : abstractTests) {
                String name = file.getFileName().toString().replace(".java", "");
                Pattern extending = Pattern.compile("\\bextends\\s+" + name + "\\b");
                if (included.stream().noneMatch(s -> extending.matcher(s).find())) {
                    orphans.add(module.getFileName() + "/src/test/java/" + sources.relativize(file));
                }
            }
        }
        assertThat(tests).as("test classes found").isGreaterThan(20);
        assertThat(unmatched)
                .as("test classes Surefire would not run (rename them to end in Tests, or widen the includes)")
                .isEmpty();
        assertThat(orphans)
                .as("abstract test classes that no class Surefire runs extends")
                .isEmpty();
    }

    @Test
    void theIncludePatternsMatchAsSurefireMatchesThem() {
        Pattern tests = glob("**/*Tests.java");
        assertThat(tests.matcher("org/innopark/app/registry/RegistryH2IntegrationTests.java")
                        .matches())
                .isTrue();
        assertThat(tests.matcher("TopLevelTests.java").matches()).isTrue();
        assertThat(tests.matcher("org/innopark/app/registry/RegistryContract.java")
                        .matches())
                .isFalse();
        assertThat(tests.matcher("org/innopark/app/ladder/LadderTest.java").matches())
                .isFalse();
        assertThat(glob("**/Test*.java").matcher("a/b/TestLadder.java").matches())
                .isTrue();
        assertThat(glob("**/Test*.java").matcher("a/TestDir/Ladder.java").matches())
                .isFalse();
        assertThat(TEST_METHOD
                        .matcher("class A {\n    @Test\n    void a() {}\n}")
                        .find())
                .isTrue();
        assertThat(TEST_METHOD.matcher("    @org.junit.jupiter.api.Test\n").find())
                .isTrue();
        assertThat(TEST_METHOD
                        .matcher("    @ParameterizedTest(name = \"{0}\")\n")
                        .find())
                .isTrue();
        assertThat(TEST_METHOD
                        .matcher("/**\n * See @Test, {@link Test}.\n */\n    @Tested\n")
                        .find())
                .isFalse();
    }

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        try {
            Path pom = here.resolve("pom.xml");
            if (Files.isRegularFile(pom)
                    && Files.readString(pom, StandardCharsets.UTF_8).contains("<modules>")) {
                return here;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return here.getParent();
    }

    /** The sibling directories of this module that have test sources (this one among them). */
    private static List<Path> modulesWithTests() throws IOException {
        try (Stream<Path> children = Files.list(ROOT)) {
            return children.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .filter(d -> Files.isDirectory(d.resolve("src/test/java")))
                    .sorted()
                    .toList();
        }
    }

    /** The module's Surefire includes: its own pom's, else the parent's, else Surefire's defaults. */
    /**
     * The includes of the module's and the parent's Surefire configuration together (a module's execution may add a
     * class the parent's includes match, to run it apart); Surefire's defaults when neither names any.
     */
    private static List<Pattern> includes(Path module) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path pom : List.of(module.resolve("pom.xml"), ROOT.resolve("pom.xml"))) {
            Matcher plugin = SUREFIRE_PLUGIN.matcher(Files.readString(pom, StandardCharsets.UTF_8));
            while (plugin.find()) {
                Matcher include = INCLUDE.matcher(plugin.group(1));
                while (include.find()) {
                    found.add(include.group(1));
                }
            }
        }
        return (found.isEmpty() ? SUREFIRE_DEFAULTS : found)
                .stream().map(SurefireNamingTests::glob).toList();
    }

    /** An Ant-style include (**, *, ?) as a regular expression over a path relative to the test sources. */
    static Pattern glob(String include) {
        StringBuilder regex = new StringBuilder();
        String s = include.replace('\\', '/');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (s.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (s.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
