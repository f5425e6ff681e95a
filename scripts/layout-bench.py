#!/usr/bin/env python3
"""Layout bench: typesets known texts in ~100 journal layouts and records their exact truth.

    scripts/layout-bench.py [--texts devcorpus/texts] [--out bench/layouts] [--chromium PATH] [ID ...]

For every variant of the fixed table built by `variants()` it writes to OUT:

    ID.pdf        one or two A4 pages printed by headless Chromium (scripts/pdfprint.py: fixed dates,
                  qpdf-packed, so the same inputs give the same bytes)
    ID.txt        the truth: the words a reader reads, in reading order, one block per line
                  (title, abstract, side boxes, headings, paragraphs, captions, table cells row by row,
                  footnotes); running heads and page numbers are furniture and are NOT in the truth
    variants.tsv  one row per variant: id, family, lang, source text, columns, gutter, fonts, size,
                  alignment, pages, features

Reading-order conventions of the truth (what a careful reader does):
- a block that spans the page (title, abstract, figure, table, box) sits between the column text
  above it and the column text below it (CSS `column-span: all` splits the flow exactly there);
- a sidebar beside the abstract is read after the abstract; a boxed text inside a column is read
  where it stands in the column;
- footnotes are read after the body of their page; a table is read row by row, left to right.

The texts are the development corpus's (devcorpus/texts, licences in devcorpus/sources-*.tsv allow
it); each variant takes a stretch of paragraphs of one text, chosen by the variant's number. Each
variant is checked after printing: the page count must be the planned one and `pdftotext` must
find every character of the truth (as a multiset, after NFKC), else the stretch is shortened and
printed again -- so the truth never holds text that fell off the page.

The `kangxi` feature writes ideographs that have a Kangxi-radical twin (U+2F00-2FD5, e.g. 日 ⽇)
as the radical in the HTML; the fonts draw both the same, and the PDF's text layer then holds the
radical, as PDFs made with some Chinese fonts do. The truth keeps the unified ideograph.

Needs the Debian packages chromium, qpdf, poppler-utils (pdftotext), fonts-noto-cjk,
fonts-wqy-microhei, fonts-liberation, fonts-dejavu-core. Python 3 standard library only.
"""
import argparse
import collections
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdfprint  # noqa: E402

LATIN = {
    "lserif": "'Liberation Serif'",
    "lsans": "'Liberation Sans'",
    "dvsans": "'DejaVu Sans'",
    "dvserif": "'DejaVu Serif'",
}
CJK = {
    "wqy": "'WenQuanYi Micro Hei'",
    "notoserif": "'Noto Serif CJK SC'",
    "notosans": "'Noto Sans CJK SC'",
}
# Noto CJK pages are ~5x larger (Type 3 glyphs); used for a share of the Chinese variants only
MARGIN_MM = (18, 16, 20, 16)  # top right bottom left
PAGE_MM = (210, 297)
KANGXI = {}
for _c in range(0x2F00, 0x2FD6):
    KANGXI.setdefault(unicodedata.normalize("NFKC", chr(_c)), chr(_c))


def h(*parts):
    return int.from_bytes(hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()[:8], "big")


def parse(md, path):
    """(title, [(kind, text)]) of a corpus text; kind is 'h2' or 'p'."""
    lines = md.replace("\r\n", "\n").split("\n")
    if not lines or not lines[0].startswith("# "):
        raise ValueError(f"{path}: line 1 must be '# Title'")
    title, blocks, para = lines[0][2:].strip(), [], []

    def flush():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    for line in lines[1:]:
        if not line.strip():
            flush()
        elif line.startswith("## "):
            flush()
            blocks.append(("h2", line[3:].strip()))
        else:
            para.append(line)
    flush()
    return title, blocks


# ---------------------------------------------------------------- the variant table

FAMILIES = [
    # family, count
    ("1col", 10), ("2col", 16), ("3col", 10), ("short-cols", 10), ("span-abstract", 8),
    ("span-figure", 8), ("sidebar", 8), ("boxed", 6), ("furniture", 10), ("table", 8), ("mixed", 8),
]
GUTTERS = [4, 5, 6, 8, 10, 12, 16, 20, 24]


def variants():
    """The fixed list of variants: a pure function of this code."""
    out = []
    n = 0
    for family, count in FAMILIES:
        for i in range(count):
            n += 1
            lang = "en" if i % 2 == 0 else "zh"
            k = h(family, i)
            v = {"id": f"{n:03d}-{family}-{lang}", "family": family, "lang": lang, "seq": n}
            v["latin"] = list(LATIN)[k % 4]
            # one Chinese variant in three uses Noto (large Type 3 fonts), the others WenQuanYi
            v["cjk"] = "wqy" if (k >> 8) % 3 else ("notoserif" if (k >> 10) % 2 else "notosans")
            v["size"] = [8, 9, 9.5, 10, 10.5, 11, 12][(k >> 12) % 7]
            v["align"] = "justify" if (k >> 16) % 2 else "left"
            v["columns"] = 2
            v["gutter"] = GUTTERS[(k >> 20) % len(GUTTERS)]
            v["pages"] = 1
            feats = set()
            if family == "1col":
                v["columns"] = 1
                v["gutter"] = 0
            elif family == "2col":
                v["gutter"] = [4, 5, 6, 8, 10, 12, 16, 24][i // 2]
            elif family == "3col":
                v["columns"] = 3
                v["gutter"] = [4, 6, 8, 12, 18][i // 2]
                v["size"] = min(v["size"], 9.5)
            elif family == "short-cols":
                v["columns"] = 2 + (i // 2) % 2
                feats.add("unequal" if i >= 4 and i % 4 < 2 else "ends-mid-page")
                v["gutter"] = [4, 6, 8, 12, 18][i // 2]
            elif family == "span-abstract":
                feats.add("abstract")
                v["columns"] = 2 + (i % 4 == 3)
            elif family == "span-figure":
                feats.add("figure")
                v["columns"] = 2 + (i % 4 == 3)
            elif family == "sidebar":
                feats.update({"abstract", "sidebar"})
            elif family == "boxed":
                feats.add("box-span" if i % 3 == 0 else "box-column")
            elif family == "furniture":
                feats.update({"running-head", "page-numbers"})
                if i % 2 == 0 or i >= 6:
                    feats.add("footnotes")
                if i >= 6:
                    v["pages"] = 2
                    feats.discard("footnotes")
                v["columns"] = [1, 2, 2, 2, 3][i // 2]
            elif family == "table":
                feats.add("table-span" if i % 2 == 0 else "table-column")
            elif family == "mixed":
                feats.update({"abstract", "figure", "table-span", "running-head", "page-numbers", "footnotes"})
                if i % 2 == 1:
                    feats.add("sidebar")
                v["pages"] = 2 if i >= 4 else 1
                if v["pages"] == 2:
                    feats.discard("footnotes")
            if lang == "zh" and v["seq"] % 5 == 2:
                feats.add("kangxi")
            if v["columns"] == 1:
                v["gutter"] = 0
            v["features"] = sorted(feats)
            out.append(v)
    return out


# ---------------------------------------------------------------- HTML and truth

def kangxi(text):
    return "".join(KANGXI.get(c, c) for c in text)


class Page:
    """The blocks of a variant in reading order; each block is (html, truth-text or None)."""

    def __init__(self, v):
        self.v = v
        self.parts = []

    def add(self, markup, truth):
        self.parts.append((markup, truth))


def esc(v, text):
    t = html.escape(text)
    return kangxi(t) if "kangxi" in v["features"] else t


def table_rows(v, words):
    """A small results table from the words of the text (deterministic)."""
    if v["lang"] == "zh":
        head = ["组别", "例数", "表达水平", "P值"]
    else:
        head = ["Group", "n", "Expression", "P value"]
    rows = [head]
    for r in range(4):
        w = words[(h(v["id"], r) % max(1, len(words)))] if words else "x"
        rows.append([w, str(10 + h(v["id"], r, 1) % 40), f"{(h(v['id'], r, 2) % 900) / 100 + 0.5:.2f}",
                     f"0.{h(v['id'], r, 3) % 49 + 1:02d}"])
    return rows


def split_mid(blocks):
    """(blocks, i): block i starts at about half of the text; a paragraph across the half is split at a sentence end."""
    total = sum(len(t) for _, t in blocks)
    n = 0
    for i, (kind, text) in enumerate(blocks):
        if n + len(text) > total / 2 and kind == "p":
            want = int(total / 2 - n)
            cuts = [m.end() for m in re.finditer(r"(?<=[。！？])|(?<=[.!?]) (?=[A-Z])", text)]
            cuts = [c for c in cuts if 30 < c < len(text) - 30]
            if cuts:
                c = min(cuts, key=lambda c: abs(c - want))
                return blocks[:i] + [("p", text[:c].strip()), ("p", text[c:].strip())] + blocks[i + 1:], i + 1
            return blocks, i + 1 if abs(want - len(text)) < want else i
        n += len(text)
    return blocks, len(blocks) // 2


def build(v, title, blocks):
    """(html, truth) of a variant from a stretch of blocks."""
    zh = v["lang"] == "zh"
    fam = f"{LATIN[v['latin']]}, {CJK[v['cjk']]}, sans-serif"
    size = v["size"]
    feats = set(v["features"])
    cols, gap = v["columns"], v["gutter"]
    head = "Journal of Layout Studies · Vol. 12 · 2026" if not zh else "中国布局研究杂志 2026年 第12卷"
    margin_boxes = ""
    if "running-head" in feats:
        margin_boxes += f"@top-center {{ content: \"{head}\"; font-family: {fam}; font-size: {size - 1}pt; }}"
    if "page-numbers" in feats:
        margin_boxes += f"@bottom-right {{ content: counter(page); font-family: {fam}; font-size: {size - 1}pt; }}"
    t, r, b, l = MARGIN_MM
    content_h = PAGE_MM[1] - t - b
    css = f"""
@page {{ size: A4; margin: {t}mm {r}mm {b}mm {l}mm; {margin_boxes} }}
html {{ font-family: {fam}; font-size: {size}pt; line-height: 1.4; }}
body {{ margin: 0; overflow-wrap: break-word; }}
h1 {{ font-size: {size + 6}pt; line-height: 1.25; margin: 0 0 {size}pt 0; }}
h2 {{ font-size: {size + 1.5}pt; margin: {size * 0.8}pt 0 {size * 0.4}pt 0; break-after: avoid; }}
p {{ margin: 0 0 {size * 0.4}pt 0; text-indent: {'2em' if zh else '1.2em'}; text-align: {v['align']}; orphans: 2; widows: 2; }}
.body {{ column-count: {cols}; column-gap: {gap}pt; }}
.unequal {{ column-fill: auto; height: {content_h - 40}mm; }}
.abstract {{ font-size: {size - 0.5}pt; margin: 0 0 {size}pt 0; padding-bottom: {size * 0.6}pt; border-bottom: 0.6pt solid #444; }}
.abstract p {{ text-indent: 0; }}
.row {{ display: flex; gap: 14pt; margin-bottom: {size}pt; }}
.row .abstract {{ flex: 2; border: none; margin: 0; }}
aside {{ flex: 1; font-size: {size - 1}pt; background: #eef; padding: 6pt; }}
aside p, .box p {{ text-indent: 0; text-align: left; }}
.box {{ border: 0.8pt solid #333; padding: 5pt; margin: {size * 0.6}pt 0; font-size: {size - 0.5}pt; background: #f4f4f4; }}
.span {{ column-span: all; margin: {size * 0.6}pt 0; }}
figure {{ margin: {size * 0.6}pt 0; }}
figure .art {{ height: 34mm; background: linear-gradient(90deg, #ccd 0%, #99a 100%); border: 0.5pt solid #555; }}
figcaption, .caption {{ font-size: {size - 1}pt; margin-top: 3pt; text-align: left; }}
table {{ border-collapse: collapse; font-size: {size - 1}pt; margin: 3pt 0; width: 100%; break-inside: avoid; }}
td, th {{ border-top: 0.5pt solid #333; border-bottom: 0.5pt solid #333; padding: 1.5pt 4pt; text-align: left; }}
.page {{ display: flex; flex-direction: column; min-height: {content_h - 6}mm; }}
.main {{ flex: 1 0 auto; }}
.notes {{ font-size: {size - 1.5}pt; border-top: 0.5pt solid #333; padding-top: 3pt; margin-top: 8pt; }}
.notes p {{ text-indent: 0; margin: 0 0 2pt 0; }}
"""
    truth = []
    out = []

    def add(markup, text=None):
        out.append(markup)
        if text is not None:
            truth.append(text)

    words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]{3,12}", " ".join(x for _, x in blocks))][:60]
    if zh:
        words = [w for w in re.findall(r"[\u4e00-\u9fff]{2,4}", " ".join(x for _, x in blocks))][:60] or words
    blocks = list(blocks)
    abstract = None
    if "abstract" in feats and blocks:
        # the first paragraph of the stretch serves as the abstract
        idx = next((i for i, (k, _) in enumerate(blocks) if k == "p"), None)
        if idx is not None:
            abstract = blocks.pop(idx)[1]
    aside_text = None
    if "sidebar" in feats:
        aside_text = ("要点：本文综述了相关研究进展，并讨论了存在的问题与未来方向。" if zh else
                      "Key points: this review summarises recent findings and open questions for future work.")
    add("<div class=\"page\"><div class=\"main\">")
    add(f"<h1>{esc(v, title)}</h1>", title)
    if abstract is not None:
        label = "摘要" if zh else "Abstract"
        ab = f"<div class=\"abstract\"><p><b>{label}</b> {esc(v, abstract)}</p></div>"
        if aside_text:
            add(f"<div class=\"row\">{ab}<aside><p>{esc(v, aside_text)}</p></aside></div>", f"{label} {abstract}")
            truth.append(aside_text)
        else:
            add(ab, f"{label} {abstract}")
    body_cls = "body unequal" if "unequal" in feats else "body"
    add(f"<div class=\"{body_cls}\">")
    blocks, mid = split_mid(blocks)
    for i, (kind, text) in enumerate(blocks):
        if i == mid and "figure" in feats:
            cap = ("图 1 不同处理组细胞的形态学观察与定量分析结果" if zh else
                   "Figure 1. Morphology of the cells in each treatment group and its quantification.")
            add(f"<figure class=\"span\"><div class=\"art\"></div><figcaption>{esc(v, cap)}</figcaption></figure>", cap)
        if i == mid and ("table-span" in feats or "table-column" in feats):
            rows = table_rows(v, words)
            cap = "表 1 各组相关指标比较" if zh else "Table 1. Comparison of the measured indices between groups."
            cls = " class=\"span\"" if "table-span" in feats else ""
            cells = "".join("<tr>" + "".join(f"<td>{esc(v, c)}</td>" for c in row) + "</tr>" for row in rows)
            add(f"<div{cls}><div class=\"caption\">{esc(v, cap)}</div><table>{cells}</table></div>", cap)
            for row in rows:
                truth.append(" ".join(row))
        if i == mid and ("box-span" in feats or "box-column" in feats):
            box = ("框1 术语说明：外泌体是细胞分泌的直径约30至150纳米的膜性小泡，可携带蛋白质和核酸。" if zh else
                   "Box 1. Terms used: exosomes are membrane vesicles of 30 to 150 nm released by cells; they carry proteins and nucleic acids.")
            cls = "box span" if "box-span" in feats else "box"
            add(f"<div class=\"{cls}\"><p>{esc(v, box)}</p></div>", box)
        add(f"<{kind}>{esc(v, text)}</{kind}>", text)
    add("</div></div>")
    if "footnotes" in feats:
        notes = (["* 通信作者：张三，电子邮箱 zhang@example.org", "基金项目：国家自然科学基金（81871234）"] if zh else
                 ["* Corresponding author: A. Author, author@example.org", "Funding: National Science Foundation grant 81871234."])
        add("<div class=\"notes\">" + "".join(f"<p>{esc(v, n)}</p>" for n in notes) + "</div>")
        truth.extend(notes)
    add("</div>")
    lang = "zh-CN" if zh else "en"
    doc = (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{v['id']}</title>"
           f"<style>{css}</style></head><body>" + "\n".join(out) + "</body></html>")
    return doc, "\n".join(truth) + "\n"


def capacity(v):
    """Rough characters of body text that fill the planned pages."""
    w_pt = (PAGE_MM[0] - MARGIN_MM[1] - MARGIN_MM[3]) * 72 / 25.4
    h_pt = (PAGE_MM[1] - MARGIN_MM[0] - MARGIN_MM[2]) * 72 / 25.4
    per_char = v["size"] * (1.0 if v["lang"] == "zh" else 0.5)
    chars = (w_pt / per_char) * (h_pt / (1.4 * v["size"])) * v["pages"]
    f = set(v["features"])
    fill = 0.8
    if "ends-mid-page" in f:
        fill = 0.45
    if "unequal" in f:
        fill = 0.62
    if f & {"figure", "table-span", "table-column", "footnotes", "sidebar", "abstract", "box-span", "box-column"}:
        fill -= 0.07 * len(f & {"figure", "table-span", "table-column", "footnotes", "sidebar"})
    return int(chars * max(fill, 0.4))


def stretch(v, texts, limit):
    """(title, blocks) of the variant: paragraphs of one text from a start chosen by the variant, up to limit chars."""
    pool = [t for t in texts if t[0].startswith(v["lang"] + "_")]
    name, title, blocks = pool[h(v["id"], "text") % len(pool)]
    start = h(v["id"], "start") % max(1, len(blocks) // 2)
    while start > 0 and blocks[start][0] != "p":
        start -= 1
    chosen, n = [], len(title)
    # short texts go on into the next text of the same language (its title as a heading)
    k = pool.index((name, title, blocks))
    seq = blocks[start:] + blocks[:start]
    for j in range(1, len(pool)):
        _, t2, b2 = pool[(k + j) % len(pool)]
        seq += [("h2", t2)] + b2
    for kind, text in seq:
        if n + len(text) > limit:
            if kind == "p" and limit - n > 80:
                cut = text[: limit - n]
                m = max(cut.rfind("。"), cut.rfind(". "))
                if m > 40:
                    chosen.append(("p", cut[: m + 1].strip()))
            break
        chosen.append((kind, text))
        n += len(text)
    while chosen and chosen[-1][0] == "h2":
        chosen.pop()
    return name, title, chosen


def npages(pdf):
    r = subprocess.run(["qpdf", "--show-npages", pdf], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    return int(r.stdout.decode().strip() or 0)


def coverage(pdf, truth):
    """Share of the truth's characters (multiset, NFKC, no white space or hyphens) that pdftotext finds in the PDF."""
    r = subprocess.run(["pdftotext", "-q", pdf, "-"], stdout=subprocess.PIPE, timeout=60)
    # hyphens are left out: pdftotext joins a word hyphenated at a line end ("IL-" + "6" -> "IL6")
    got = collections.Counter(c for c in unicodedata.normalize("NFKC", r.stdout.decode("utf-8", "replace")) if not c.isspace() and c != "-")
    want = collections.Counter(c for c in unicodedata.normalize("NFKC", truth) if not c.isspace() and c != "-")
    total = sum(want.values())
    missing = sum(max(0, n - got[c]) for c, n in want.items())
    return 1 - missing / total if total else 1


def make(chromium, v, texts, out, work):
    limit = capacity(v)
    for attempt in range(8):
        name, title, blocks = stretch(v, texts, limit)
        doc, truth = build(v, title, blocks)
        html_path = os.path.join(work, v["id"] + ".html")
        with open(html_path, "w", encoding="utf-8") as f:
            f.write(doc)
        pdf = os.path.join(out, v["id"] + ".pdf")
        pdfprint.print_pdf(chromium, html_path, pdf, work)
        pages = npages(pdf)
        cov = coverage(pdf, truth)
        if pages == v["pages"] and cov >= 0.999:
            with open(os.path.join(out, v["id"] + ".txt"), "w", encoding="utf-8") as f:
                f.write(truth)
            return name, pages, len(re.sub(r"\s", "", truth))
        limit = int(limit * (1.25 if pages < v["pages"] else 0.85))
    raise RuntimeError(f"{v['id']}: does not fit its {v['pages']} page(s) (last: {pages} pages, coverage {cov:.4f})")


def main():
    ap = argparse.ArgumentParser(description="Typesets the layout bench: bench/layouts/ID.pdf + ID.txt + variants.tsv.")
    ap.add_argument("--texts", default="devcorpus/texts")
    ap.add_argument("--out", default="bench/layouts")
    ap.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    ap.add_argument("ids", nargs="*", help="only these variants (ID or its number)")
    a = ap.parse_args()
    texts = []
    for f in sorted(os.listdir(a.texts)):
        if f.endswith(".md"):
            with open(os.path.join(a.texts, f), encoding="utf-8") as fh:
                title, blocks = parse(fh.read(), f)
            texts.append((f[:-3], title, blocks))
    os.makedirs(a.out, exist_ok=True)
    vs = variants()
    if a.ids:
        vs = [v for v in vs if v["id"] in a.ids or str(v["seq"]) in a.ids or f"{v['seq']:03d}" in a.ids]
    rows = {}
    tsv = os.path.join(a.out, "variants.tsv")
    if os.path.exists(tsv):
        with open(tsv, encoding="utf-8") as f:
            for line in f.read().splitlines()[1:]:
                rows[line.split("\t")[0]] = line
    failed = 0
    with tempfile.TemporaryDirectory(prefix="layout-bench-") as work:
        for v in vs:
            try:
                name, pages, chars = make(a.chromium, v, texts, a.out, work)
            except (RuntimeError, subprocess.TimeoutExpired, ValueError) as e:
                failed += 1
                print(f"layout-bench: {e}", file=sys.stderr)
                continue
            rows[v["id"]] = "\t".join([v["id"], v["family"], v["lang"], name, str(v["columns"]), str(v["gutter"]),
                                       v["latin"], v["cjk"] if v["lang"] == "zh" else "-", str(v["size"]), v["align"],
                                       str(pages), str(chars), ",".join(v["features"]) or "-"])
            print(f"layout-bench: {v['id']}.pdf  {pages} page(s), {chars} chars, {name}")
    with open(tsv, "w", encoding="utf-8") as f:
        f.write("id\tfamily\tlang\ttext\tcolumns\tgutter_pt\tlatin_font\tcjk_font\tsize_pt\talign\tpages\ttruth_chars\tfeatures\n")
        for k in sorted(rows):
            f.write(rows[k] + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
