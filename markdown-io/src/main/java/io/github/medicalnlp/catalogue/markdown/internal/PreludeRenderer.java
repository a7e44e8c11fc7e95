package io.github.medicalnlp.catalogue.markdown.internal;

import io.github.medicalnlp.catalogue.Catalogue;
import io.github.medicalnlp.catalogue.NewsItem;
import java.util.List;

/**
 * Writes the part of an edited document before its first section: the segments as read, but the title, the
 * introduction and the news rewritten when they changed, and a News list added when there was none.
 */
final class PreludeRenderer {

    private final EditText t;
    private final Output out;
    private final Catalogue old;
    private final Catalogue edited;
    /** The indexes of the segments before the first section. */
    private final List<Integer> prelude;

    PreludeRenderer(EditText t, List<Integer> prelude) {
        this.t = t;
        this.out = t.out;
        this.old = t.old;
        this.edited = t.edited;
        this.prelude = prelude;
    }

    /** Writes the segments before the first section, with the title, introduction and news as edited. */
    void write() {
        boolean titleChanged = !edited.title().equals(old.title());
        boolean introChanged = !edited.introduction().equals(old.introduction());
        boolean newsChanged = !edited.news().equals(old.news());
        int lastIntro = -1;
        int lastNews = -1;
        for (int i : prelude) {
            if (t.seg(i).type() == Parsed.Type.INTRO) {
                lastIntro = i;
            } else if (t.seg(i).type() == Parsed.Type.NEWS) {
                lastNews = i;
            }
        }
        boolean introDone = false;
        boolean newsDone = false;
        for (int k = 0; k < prelude.size(); k++) {
            int i = prelude.get(k);
            Parsed.Segment s = t.seg(i);
            String eol = EditText.eol(t.text(i));
            if (s.type() == Parsed.Type.TITLE && titleChanged) {
                out.append("# ").append(Escaping.heading(edited.title())).append(eol);
                if (lastIntro < 0 && introChanged && !edited.introduction().isBlank()) {
                    out.append(eol).append(edited.introduction().strip()).append(eol);
                    introDone = true;
                }
                continue;
            }
            if (s.type() == Parsed.Type.TITLE && lastIntro < 0 && introChanged && !edited.introduction().isBlank()) {
                t.emit(i);
                out.append(eol).append(edited.introduction().strip()).append(eol);
                introDone = true;
                continue;
            }
            if (introChanged && (s.type() == Parsed.Type.INTRO || s.type() == Parsed.Type.GAP && i < lastIntro
                    && firstOfType(Parsed.Type.INTRO) < i)) {
                if (!introDone) {
                    if (!edited.introduction().isBlank()) {
                        out.append(edited.introduction().strip()).append(eol);
                    }
                    introDone = true;
                }
                continue;
            }
            if (newsChanged && (s.type() == Parsed.Type.NEWS || s.type() == Parsed.Type.GAP && i < lastNews
                    && firstOfType(Parsed.Type.NEWS) < i)) {
                if (!newsDone) {
                    for (NewsItem n : edited.news()) {
                        out.append(CanonicalRenderer.newsLine(n)).append(eol);
                    }
                    newsDone = true;
                }
                continue;
            }
            t.citationOr(i);
        }
        if (newsChanged && !newsDone && !edited.news().isEmpty()) {
            t.newBlock();
            out.append("\n#### ").append(CanonicalRenderer.NEWS).append("\n\n");
            for (NewsItem n : edited.news()) {
                out.append(CanonicalRenderer.newsLine(n)).append('\n');
            }
            out.append('\n');
        }
    }

    private int firstOfType(Parsed.Type type) {
        for (int i : prelude) {
            if (t.seg(i).type() == type) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
