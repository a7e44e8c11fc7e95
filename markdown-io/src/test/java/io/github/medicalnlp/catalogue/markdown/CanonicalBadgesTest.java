package io.github.medicalnlp.catalogue.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.Entry;
import io.github.medicalnlp.catalogue.Kind;
import io.github.medicalnlp.catalogue.Link;
import io.github.medicalnlp.catalogue.LinkRole;
import io.github.medicalnlp.catalogue.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The canonical writer gives an entry the star badge of its own GitHub repository only — the repository its
 * homepage or code link is — and never one for a file, a folder or another resource's repository that the
 * entry links to (issue 14: BioFLAIR's link to HUNFLAIR.md got flair's badge a second time).
 */
class CanonicalBadgesTest {

    private static final Pattern BADGE = Pattern.compile("!\\[]\\(https://img\\.shields\\.io/github/stars/([^)]+)\\)");

    private static Catalogue oneEntry(Entry entry) {
        return Catalogue.builder("Badges")
                .section(Section.builder("开源预训练模型").number("5").entry(entry).build())
                .build();
    }

    private static List<String> badges(String markdown) {
        List<String> repos = new ArrayList<>();
        Matcher m = BADGE.matcher(markdown);
        while (m.find()) {
            repos.add(m.group(1));
        }
        return repos;
    }

    private static String written(Catalogue catalogue) {
        String markdown = MarkdownWriter.canonical().write(catalogue);
        Catalogue back = MarkdownReader.create().read(markdown).catalogue();
        assertThat(back).as(markdown).isEqualTo(catalogue);
        assertThat(MarkdownWriter.canonical().write(back)).isEqualTo(markdown);
        return markdown;
    }

    @Test
    void bioFlairGetsFlairsBadgeOnceNotAgainForItsLinkToAFileOfTheRepository() {
        Entry bioFlair = Entry.builder("BioFLAIR")
                .link("https://github.com/flairNLP/flair", "地址", LinkRole.HOMEPAGE)
                .link("https://github.com/flairNLP/flair/blob/master/resources/docs/HUNFLAIR.md", "生物医学数据",
                        LinkRole.DATA)
                .field("简介", "Flair是一个强大的NLP库，对生物医学数据的特殊支持")
                .kind(Kind.MODEL).tag("plm").build();
        String markdown = written(oneEntry(bioFlair));
        assertThat(badges(markdown)).containsExactly("flairNLP/flair");
        assertThat(markdown).contains("  * 地址：https://github.com/flairNLP/flair\n"
                + "    ![](https://img.shields.io/github/stars/flairNLP/flair)\n"
                + "  * 生物医学数据：https://github.com/flairNLP/flair/blob/master/resources/docs/HUNFLAIR.md\n"
                + "  * 简介：");
    }

    @Test
    void aFolderOfARepositoryAndAnotherResourcesRepositoryGetNoBadge() {
        Entry data = Entry.builder("Visual Med-Alpaca Data")
                .link("https://github.com/cambridgeltl/visual-med-alpaca/tree/main/data", "地址", LinkRole.HOMEPAGE)
                .link("https://huggingface.co/bigbio", "BigBio", LinkRole.OTHER)
                .link("https://github.com/razorx89/roco-dataset", "ROCO", LinkRole.OTHER)
                .field("简介", "用于Visual Med-Alpaca训练的数据").build();
        assertThat(badges(written(oneEntry(data)))).isEmpty();
    }

    @Test
    void aCodeLinkToTheRepositoryGetsItsBadgeAndARepositoryLinkedTwiceGetsOne() {
        Entry pkuseg = Entry.builder("PKUSEG")
                .link("https://github.com/lancopku/pkuseg-python", "项目地址", LinkRole.CODE)
                .field("项目说明", "北京大学推出的多领域中文分词工具").build();
        assertThat(badges(written(oneEntry(pkuseg)))).containsExactly("lancopku/pkuseg-python");

        Entry twice = Entry.builder("HuatuoGPT")
                .link("https://github.com/FreedomIntelligence/HuatuoGPT/", "地址", LinkRole.HOMEPAGE)
                .link("https://github.com/FreedomIntelligence/HuatuoGPT.git", "代码", LinkRole.CODE)
                .link("https://github.com/FreedomIntelligence/HuatuoGPT#readme", "Paper", LinkRole.PAPER).build();
        assertThat(badges(written(oneEntry(twice)))).containsExactly("FreedomIntelligence/HuatuoGPT");
    }

    @Test
    void anEditedEntryOfTheSeedGetsTheBadgeOfItsOwnRepositoryOnly() {
        MarkdownDocument doc = MarkdownReader.create().read(Corpus.text(Corpus.SEED));
        Catalogue c = doc.catalogue();
        Entry bioFlair = c.allEntries().stream().filter(e -> e.name().equals("BioFLAIR")).findFirst().orElseThrow();
        assertThat(bioFlair.links()).extracting(Link::role).containsExactly(LinkRole.HOMEPAGE, LinkRole.DATA);
        Catalogue edited = c.replaceEntry(bioFlair, bioFlair.toBuilder().field("备注", "edited").build());
        String markdown = doc.withCatalogue(edited).render();
        assertThat(MarkdownReader.create().read(markdown).catalogue()).isEqualTo(edited);
        String entry = markdown.substring(markdown.indexOf("* BioFLAIR"), markdown.indexOf("* COVID-Twitter-BERT"));
        assertThat(badges(entry)).as(entry).containsExactly("flairNLP/flair");
    }

    /**
     * On the seed: every entry whose text has a badge gets one, of its own repository (Codex-Med's, which named
     * GatorTron's repository, now names its own); the only other entries that get one are seven whose homepage
     * or code link is their own repository although the seed wrote them without a badge (two repeats of
     * entries listed before, two in its {@code -} list, a numbered item, two classic items): the model does not
     * record which entries had one. No entry gets two.
     */
    @Test
    void onTheSeedEveryBadgeIsTheEntrysOwnRepository() {
        Catalogue seed = MarkdownReader.create().read(Corpus.text(Corpus.SEED)).catalogue();
        String markdown = written(seed);
        List<Block> seedBlocks = blocks(Corpus.text(Corpus.SEED));
        List<Block> written = blocks(markdown);
        List<String> gained = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        int[] from = {0, 0}; // entries come in the same order in both texts
        for (Entry e : seed.allEntries()) {
            Block in = next(seedBlocks, e.name(), from, 0);
            Block out = next(written, e.name(), from, 1);
            assertThat(out.badges()).as(e.name()).hasSizeLessThanOrEqualTo(1);
            for (String repo : out.badges()) {
                assertThat(e.links()).as(e.name() + " has a homepage or code link to " + repo)
                        .anyMatch(l -> (l.role() == LinkRole.HOMEPAGE || l.role() == LinkRole.CODE)
                                && l.url().replaceAll("(\\.git)?/?$", "").equals("https://github.com/" + repo));
            }
            if (in.badges().isEmpty() && !out.badges().isEmpty()) {
                gained.add(e.name());
            } else if (!in.badges().isEmpty() && out.badges().isEmpty()) {
                lost.add(e.name());
            }
        }
        assertThat(lost).isEmpty();
        assertThat(gained).containsExactly("中文医药方面的问答数据集", "中文医患问答对话数据", "BioInstruct", "CheXpert Plus", "分词工具：PKUSEG",
                "awesome_Chinese_medical_NLP", "medical-data(海量医疗相关数据)");
        assertThat(badges(markdown)).hasSize(40 + gained.size());
    }

    /** A list item at the margin, from its marker to the next one or heading, with the badges in it. */
    private record Block(String head, List<String> badges) {
    }

    private static List<Block> blocks(String markdown) {
        List<Block> blocks = new ArrayList<>();
        Pattern item = Pattern.compile("^(?:[*-]|\\d+\\.)\\s+(.*)$");
        for (String line : markdown.split("\n")) {
            Matcher m = item.matcher(line);
            if (m.matches()) {
                blocks.add(new Block(m.group(1).replace("&#65306;", "：").replace("&#58;", ":"), new ArrayList<>()));
            } else if (line.startsWith("#")) {
                blocks.add(new Block("", new ArrayList<>()));
            } else if (!blocks.isEmpty()) {
                blocks.get(blocks.size() - 1).badges().addAll(badges(line));
            }
        }
        return blocks;
    }

    /** The next block from {@code from[k]} on whose head holds the name; {@code from[k]} moves past it. */
    private static Block next(List<Block> blocks, String name, int[] from, int k) {
        for (int i = from[k]; i < blocks.size(); i++) {
            if (blocks.get(i).head().replace("\\", "").contains(name)) {
                from[k] = i + 1;
                return blocks.get(i);
            }
        }
        throw new AssertionError("no list item names " + name);
    }
}
