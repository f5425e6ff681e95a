#!/usr/bin/env python3
"""Typesets the small layout test PDFs of the PDF and text stages:
src/test/resources/layouts/NAME.pdf with NAME.txt, the text a reader gets from it (one paragraph a
line, in reading order; running heads and page numbers left out).

    scripts/typeset-layout-tests.py [--chromium PATH]

Each layout exists in Chinese and English, from paragraphs of two tune-half texts of the
development corpus (zh_02, zh_06, en_09 and en_05 of devcorpus/texts):

    gutter     title and abstract across the page, then two justified columns with a narrow gutter
               (6 pt English, 4 pt Chinese) that end half way down the page (short columns)
    reftable   one column: a table whose column is headed "Reference" / "参考文献", a mid-page
               heading "References" / "参考文献" that starts no reference list, then body paragraphs
    onepage    one page with a running head at the top and a page number at the foot
    ragged     as gutter, but ragged right (left-aligned) with a 4 pt gutter: lines of the left column
               end inside the white strip the column starts leave
    figure     two columns (8 pt gutter) cut by a full-width figure without text and its caption: the
               columns above the figure are read before the caption and the columns below
    threecol   title and abstract across the page, then three justified columns with narrow gutters
               (5 pt Chinese, 6 pt English) that end above the foot of the page, the third column
               short (a gutter beside a short column, under a full-width abstract)

Needs chromium and qpdf as scripts/typeset-devcorpus.py does; Python 3 standard library only.
"""
import argparse
import html
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdfprint  # noqa: E402
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("typeset_devcorpus", os.path.join(os.path.dirname(os.path.abspath(__file__)), "typeset-devcorpus.py"))
typeset_devcorpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(typeset_devcorpus)

SOURCES = {"zh": ["devcorpus/texts/zh_02_breast-cancer-ev.md", "devcorpus/texts/zh_06_tam-cervical-cancer.md"],
           "en": ["devcorpus/texts/en_09_atopic-dermatitis-endotypes.md", "devcorpus/texts/en_05_gamma-delta-t17-atopic-dermatitis.md"]}
WORDS = {
    "zh": {"ref": "参考文献", "gene": "基因", "role": "作用", "head": "中国测试医学杂志 2024年第12卷第3期", "abstract": "摘要："},
    "en": {"ref": "Reference", "gene": "Gene", "role": "Role", "head": "Journal of Layout Tests 2024; 12(3): 45-52", "abstract": "Abstract: "},
}
# WenQuanYi has no bold: Chromium would draw a bold Chinese heading as Type 3 outlines (large)
NORMAL_HEADINGS = "h1, h2, th { font-weight: normal; }"
FONT = "'Liberation Serif', 'WenQuanYi Micro Hei', serif"  # WenQuanYi: a small Chinese PDF


def paragraphs(lang):
    """The title of the first text and the paragraphs of all (labelled abstracts and keywords left out)."""
    title, ps = None, []
    for src in SOURCES[lang]:
        with open(src, encoding="utf-8") as f:
            t, blocks = typeset_devcorpus.parse(f.read(), src)
        title = title or t
        ps += [clip(t, lang) for k, t in blocks
               if k == "p" and len(t) > 80 and not t.startswith(("摘要", "关键词", "Abstract", "Keywords"))]
    return title, ps


def clip(text, lang):
    """The paragraph cut after the first sentence end past 130 (Chinese) or 500 (English) characters:
    few distinct Chinese characters keep the embedded font subsets, and so the PDFs, small."""
    limit, stop = (130, "。") if lang == "zh" else (500, ". ")
    at = text.find(stop, limit)
    return text if at < 0 else text[:at + 1]


def doc(lang, css, body):
    return (f"<!DOCTYPE html><html lang=\"{'zh-CN' if lang == 'zh' else 'en'}\"><head><meta charset=\"utf-8\"><style>"
            f"@page {{ size: A4; margin: 18mm 18mm 20mm 18mm; }} html {{ font-family: {FONT}; font-size: 9pt; line-height: 1.4; }}"
            f" body {{ margin: 0; }} h1 {{ font-size: 15pt; margin: 0 0 8pt 0; }} h2 {{ font-size: 10.5pt; margin: 8pt 0 4pt 0; }}"
            f" p {{ margin: 0 0 4pt 0; text-indent: 2em; }} {NORMAL_HEADINGS if lang == 'zh' else ''} {css}</style></head><body>{body}</body></html>")


def gutter(lang):
    title, ps = paragraphs(lang)
    w = WORDS[lang]
    gap = "4pt" if lang == "zh" else "6pt"
    cols = ps[1:4]
    body = (f"<h1>{html.escape(title)}</h1><p class=\"abs\">{w['abstract']}{html.escape(ps[0])}</p>"
            f"<div class=\"cols\">" + "".join(f"<p>{html.escape(p)}</p>" for p in cols) + "</div>")
    css = f".cols {{ column-count: 2; column-gap: {gap}; text-align: justify; }} .abs {{ text-indent: 0; margin-bottom: 10pt; }}"
    return doc(lang, css, body), [title, w["abstract"] + ps[0]] + cols


def ragged(lang):
    title, ps = paragraphs(lang)
    w = WORDS[lang]
    cols = ps[1:7]
    body = (f"<h1>{html.escape(title)}</h1><p class=\"abs\">{w['abstract']}{html.escape(ps[0])}</p>"
            f"<div class=\"cols\">" + "".join(f"<p>{html.escape(p)}</p>" for p in cols) + "</div>")
    css = ".cols { column-count: 2; column-gap: 4pt; text-align: left; } .abs { text-indent: 0; margin-bottom: 10pt; }"
    return doc(lang, css, body), [title, w["abstract"] + ps[0]] + cols


def figure(lang):
    title, ps = paragraphs(lang)
    caption = "图 1 不同处理组的定量分析结果" if lang == "zh" else "Figure 1. Quantitative analysis of the treatment groups"
    above, below = ps[1:4], ps[4:7]
    body = (f"<h1>{html.escape(title)}</h1><div class=\"cols\">" + "".join(f"<p>{html.escape(p)}</p>" for p in above)
            + f"<div class=\"fig\"></div><p class=\"cap\">{html.escape(caption)}</p>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in below) + "</div>")
    css = (".cols { column-count: 2; column-gap: 8pt; text-align: justify; }"
           " .fig { column-span: all; height: 45mm; border: 0.5pt solid #000; margin: 8pt 0 4pt 0; }"
           " .cap { column-span: all; text-indent: 0; font-size: 8pt; margin-bottom: 8pt; }")
    return doc(lang, css, body), [title] + above + [caption] + below


def threecol(lang):
    title, ps = paragraphs(lang)
    w = WORDS[lang]
    gap = "5pt" if lang == "zh" else "6pt"
    cols = ps[1:6]
    body = (f"<h1>{html.escape(title)}</h1><p class=\"abs\">{w['abstract']}{html.escape(ps[0])}</p>"
            f"<div class=\"cols\">" + "".join(f"<p>{html.escape(p)}</p>" for p in cols) + "</div>")
    height = "70mm" if lang == "zh" else "150mm"  # the third column about two thirds full
    css = (f".cols {{ column-count: 3; column-gap: {gap}; column-fill: auto; height: {height}; text-align: justify; }}"
           " .abs { text-indent: 0; margin-bottom: 10pt; }")
    return doc(lang, css, body), [title, w["abstract"] + ps[0]] + cols


def reftable(lang):
    title, ps = paragraphs(lang)
    w = WORDS[lang]
    rows = [("IL-17A", "[3]"), ("IL-23", "[5]"), ("TGF-β", "[8]")]
    table = (f"<table><tr><th>{w['gene']}</th><th>{w['role']}</th><th>{w['ref']}</th></tr>"
             + "".join(f"<tr><td>{g}</td><td>+</td><td>{r}</td></tr>" for g, r in rows) + "</table>")
    heading = "参考文献" if lang == "zh" else "References"
    body = (f"<h1>{html.escape(title)}</h1><p>{html.escape(ps[0])}</p>{table}<p>{html.escape(ps[1])}</p>"
            f"<h2>{heading}</h2><p>{html.escape(ps[2])}</p><p>{html.escape(ps[3])}</p>")
    css = "table { border-collapse: collapse; margin: 6pt 0; } td, th { padding: 1pt 14pt; text-align: left; }"
    truth = [title, ps[0], w["gene"] + " " + w["role"] + " " + w["ref"]] + [f"{g} + {r}" for g, r in rows] + [ps[1], heading, ps[2], ps[3]]
    return doc(lang, css, body), truth


def onepage(lang):
    title, ps = paragraphs(lang)
    w = WORDS[lang]
    body = (f"<div class=\"head\">{html.escape(w['head'])}</div><h1>{html.escape(title)}</h1>"
            + "".join(f"<p>{html.escape(p)}</p>" for p in ps[4:6]) + "<div class=\"foot\">47</div>")
    css = ("@page { margin-top: 10mm; } .head { font-size: 7.5pt; border-bottom: 0.5pt solid #000; margin: 0 0 9mm 0; }"
           " .foot { position: fixed; bottom: -12mm; left: 0; right: 0; text-align: center; font-size: 8pt; }")
    return doc(lang, css, body), [title] + ps[4:6]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--chromium", default=shutil.which("chromium") or "chromium")
    ap.add_argument("--out", default="src/test/resources/layouts")
    ap.add_argument("names", nargs="*", help="layouts to typeset (gutter, reftable, onepage, threecol, ragged, figure); all by default")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="layouts-") as work:
        for make in (gutter, reftable, onepage, threecol, ragged, figure):
            if a.names and make.__name__ not in a.names:
                continue
            for lang in ("zh", "en"):
                name = f"{make.__name__}-{lang}"
                page, truth = make(lang)
                hp = os.path.join(work, name + ".html")
                with open(hp, "w", encoding="utf-8") as f:
                    f.write(page)
                pdfprint.print_pdf(a.chromium, hp, os.path.join(a.out, name + ".pdf"), work)
                with open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8") as f:
                    f.write("\n".join(truth) + "\n")
                print(f"typeset: {name}.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
