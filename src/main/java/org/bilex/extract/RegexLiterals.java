package org.bilex.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literals a regular expression cannot match without: a list such that every match of the
 * pattern contains at least one of them, read off the pattern itself (a run of plain
 * characters, the branches of an alternation, a group repeated at least once). A text that
 * contains none of them cannot match, so the pattern need not run on it: that is the keyword
 * gate of a rule. Where nothing can be said for sure (a pattern made only of classes and
 * optional parts, inline or compile flags such as case-insensitivity, a construct this reader
 * does not know) the list is empty and the pattern always runs. Sound rather than complete:
 * a lookaround, a class, an optional part or a back-reference contributes nothing.
 */
final class RegexLiterals {

    private RegexLiterals() {
    }

    /** Literals one of which every match of p contains; empty when none can be named. */
    static List<String> required(Pattern p) {
        if (p.flags() != 0) return List.of();
        try {
            Parser parser = new Parser(p.pattern());
            Info i = parser.alternation();
            if (parser.pos != parser.s.length()) return List.of();
            return i.req == null ? List.of() : List.copyOf(i.req);
        } catch (Unsupported e) {
            return List.of();
        }
    }

    /** Whether text contains one of the literals (true when there are none). */
    static boolean admits(List<String> literals, String text) {
        if (literals.isEmpty()) return true;
        for (String l : literals) if (text.contains(l)) return true;
        return false;
    }

    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * What is known of a piece of pattern: whole, the one string it always matches (or null);
     * req, literals one of which each of its matches contains (or null).
     */
    private record Info(String whole, Set<String> req) {
        static final Info NOTHING = new Info(null, null);
    }

    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Info alternation() {
            List<Info> branches = new ArrayList<>();
            branches.add(sequence());
            while (pos < s.length() && s.charAt(pos) == '|') {
                pos++;
                branches.add(sequence());
            }
            if (branches.size() == 1) return branches.get(0);
            Set<String> req = new LinkedHashSet<>();
            for (Info b : branches) {
                if (b.req == null) return Info.NOTHING;
                req.addAll(b.req);
            }
            return new Info(null, req);
        }

        Info sequence() {
            StringBuilder whole = new StringBuilder();
            boolean allWhole = true;
            StringBuilder run = new StringBuilder();
            Set<String> best = null;
            while (pos < s.length() && s.charAt(pos) != '|' && s.charAt(pos) != ')') {
                Info atom = quantified(atom());
                if (atom.whole != null) {
                    whole.append(atom.whole);
                    run.append(atom.whole);
                    continue;
                }
                allWhole = false;
                best = better(best, run.length() > 0 ? Set.of(run.toString()) : null);
                run.setLength(0);
                best = better(best, atom.req);
            }
            best = better(best, run.length() > 0 ? Set.of(run.toString()) : null);
            return new Info(allWhole ? whole.toString() : null, best);
        }

        /** The more selective of two sets: the longer shortest literal, then the fewer literals. */
        private static Set<String> better(Set<String> a, Set<String> b) {
            if (a == null) return b;
            if (b == null) return a;
            int la = shortest(a), lb = shortest(b);
            if (la != lb) return la > lb ? a : b;
            return b.size() < a.size() ? b : a;
        }

        private static int shortest(Set<String> set) {
            int m = Integer.MAX_VALUE;
            for (String x : set) m = Math.min(m, x.length());
            return m;
        }

        Info quantified(Info atom) {
            if (pos >= s.length()) return atom;
            char c = s.charAt(pos);
            int min;
            if (c == '?' || c == '*') {
                pos++;
                min = 0;
            } else if (c == '+') {
                pos++;
                min = 1;
            } else if (c == '{') {
                int close = s.indexOf('}', pos);
                if (close < 0) throw new Unsupported();
                String body = s.substring(pos + 1, close);
                pos = close + 1;
                String lo = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                try {
                    min = Integer.parseInt(lo.strip());
                } catch (NumberFormatException e) {
                    throw new Unsupported();
                }
            } else {
                return atom;
            }
            if (pos < s.length() && (s.charAt(pos) == '?' || s.charAt(pos) == '+')) pos++; // lazy, possessive
            if (min == 0) return Info.NOTHING;
            if (atom.whole != null) return atom.whole.isEmpty() ? Info.NOTHING : new Info(null, Set.of(atom.whole));
            return new Info(null, atom.req);
        }

        Info atom() {
            char c = s.charAt(pos);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    skipClass();
                    return Info.NOTHING;
                case '.', '^', '$':
                    pos++;
                    return Info.NOTHING;
                case '\\':
                    return escape();
                case '*', '+', '?', '{':
                    throw new Unsupported(); // a quantifier with nothing before it
                default:
                    int cp = s.codePointAt(pos);
                    pos += Character.charCount(cp);
                    return new Info(new String(Character.toChars(cp)), null);
            }
        }

        Info group() {
            pos++; // (
            boolean zeroWidth = false;
            if (s.startsWith("?:", pos) || s.startsWith("?>", pos)) {
                pos += 2;
            } else if (s.startsWith("?=", pos) || s.startsWith("?!", pos)) {
                pos += 2;
                zeroWidth = true;
            } else if (s.startsWith("?<=", pos) || s.startsWith("?<!", pos)) {
                pos += 3;
                zeroWidth = true;
            } else if (s.startsWith("?<", pos)) {
                int close = s.indexOf('>', pos);
                if (close < 0) throw new Unsupported();
                for (int i = pos + 2; i < close; i++) if (!Character.isLetterOrDigit(s.charAt(i))) throw new Unsupported();
                pos = close + 1;
            } else if (s.startsWith("?", pos)) {
                throw new Unsupported(); // inline flags and anything else
            }
            Info inner = alternation();
            if (pos >= s.length() || s.charAt(pos) != ')') throw new Unsupported();
            pos++;
            return zeroWidth ? Info.NOTHING : inner;
        }

        void skipClass() {
            int depth = 0;
            int i = pos;
            boolean first = true;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    if (i + 1 < s.length() && s.charAt(i + 1) == 'Q') throw new Unsupported();
                    i += 2;
                    first = false;
                    continue;
                }
                if (c == '[') {
                    depth++;
                    i++;
                    if (i < s.length() && s.charAt(i) == '^') i++;
                    first = true;
                    continue;
                }
                if (c == ']' && !first) {
                    depth--;
                    i++;
                    if (depth == 0) {
                        pos = i;
                        return;
                    }
                    continue;
                }
                first = false;
                i++;
            }
            throw new Unsupported();
        }

        Info escape() {
            if (pos + 1 >= s.length()) throw new Unsupported();
            char c = s.charAt(pos + 1);
            if (Character.isLetterOrDigit(c)) {
                // classes, anchors, back-references, \Q..\E, \p{..}, \x.., \k<..>: nothing said
                if (c == 'Q' || c == 'p' || c == 'P' || c == 'x' || c == 'u' || c == 'k' || c == 'N' || c == 'c') {
                    throw new Unsupported();
                }
                pos += 2;
                return Info.NOTHING;
            }
            pos += 2;
            return new Info(String.valueOf(c), null);
        }
    }
}
