package org.bilex.review;

/** HTML escaping for text and attribute values. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** JSON text safe inside a {@code <script type="application/json">} element. */
    static String scriptJson(String json) {
        return json.replace("</", "<\\/").replace("<!--", "<\\!--");
    }

    /** A file name made of safe characters only. */
    static String safeName(String s) {
        String n = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.isEmpty() ? "_" : n;
    }
}
