package org.bilex.pdf;

/**
 * One character (or one ligature / multi-char Unicode mapping) as placed on the page.
 *
 * @param text     the Unicode text of the glyph as the font maps it (may be longer than one char)
 * @param box      its box on the page
 * @param fontSize effective font size in points
 * @param bold     whether the font is bold (by name or weight)
 * @param font     font name without subset prefix, or "" when unknown
 */
public record Glyph(String text, BBox box, float fontSize, boolean bold, String font) {
}
