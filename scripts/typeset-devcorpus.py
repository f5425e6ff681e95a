#!/usr/bin/env python3
"""Typesets the development corpus: devcorpus/texts/NAME.md -> devcorpus/pdf/NAME.pdf.

    scripts/typeset-devcorpus.py [--texts DIR] [--out DIR] [--chromium PATH] [NAME ...]

Each text (line 1 `# Title`, `## Heading` lines, paragraphs separated by blank lines; see
devcorpus/README.md) becomes an HTML page that headless Chromium prints to A4 PDF. The words are
the text's own, in order: nothing is added but a page number at the foot of each page. The layout
varies by file, chosen deterministically from the SHA-256 of NAME, so the corpus exercises the
PDF stage the way real journals do:

    columns   1 or 2 (the title always spans the page)
    family    serif (Liberation Serif + Noto Serif CJK SC) or
              sans (Liberation Sans + Noto Sans CJK SC, or DejaVu Sans + WenQuanYi Micro Hei)
    size      9, 10 or 11 pt; two-column pages are justified

The chosen layout of every file is written to OUT/layouts.tsv. The PDF's creation and
modification dates are set to a fixed value, so the same text gives the same bytes again, and
qpdf packs its objects (scripts/pdfprint.py: Chromium subsets the fonts; packing the Type 3 glyphs
of the Noto CJK fonts into object streams saves about a third of a Chinese PDF).

Needs the Debian packages chromium, fonts-noto-cjk, fonts-wqy-microhei, fonts-liberation, fonts-dejavu-core and qpdf
(`apt-get install -y chromium fonts-noto-cjk fonts-wqy-microhei fonts-liberation fonts-dejavu-core qpdf`).
Python 3 standard library only.
"""
import argparse
import hashlib
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pdfprint  # noqa: E402


FAMILIES = {
    "serif": "'Liberation Serif', 'Noto Serif CJK SC', serif",
    "sans-noto": "'Liberation Sans', 'Noto Sans CJK SC', sans-serif",
    "sans-wqy": "'DejaVu Sans', 'WenQuanYi Micro Hei', sans-serif",
}


def layout(name):
    """The layout of a file: a pure function of its name."""
    h = hashlib.sha256(name.encode("utf-8")).digest()
    columns = 1 + h[0] % 2
    if h[1] % 2 == 0:
        family = "serif"
    else:
        family = "sans-noto" if h[3] % 2 == 0 else "sans-wqy"
    size = 9 + h[2] % 3
    return {"columns": columns, "family": family, "size": size}


def parse(md, path):
    """(title, [(kind, text)]) of a text in the corpus format; kind is 'h2' or 'p'."""
    lines = md.replace("\r\n", "\n").split("\n")
    if not lines or not lines[0].startswith("# "):
        raise ValueError(f"{path}: line 1 must be '# Title'")
    title = lines[0][2:].strip()
    blocks = []
    para = []

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
        elif line.startswith("#"):
            raise ValueError(f"{path}: only '# Title' on line 1 and '## Heading' lines may start with '#': {line[:40]}")
        else:
            para.append(line)
    flush()
    return title, blocks


def page(name, title, blocks, lay):
    lang = "zh-CN" if name.startswith("zh_") else "en"
    cols = lay["columns"]
    size = lay["size"]
    css = f"""
@page {{ size: A4; margin: 20mm 18mm 22mm 18mm;
        @bottom-center {{ content: counter(page); font-family: {FAMILIES[lay['family']]}; font-size: {size - 1}pt; }} }}
html {{ font-family: {FAMILIES[lay['family']]}; font-size: {size}pt; line-height: 1.45; }}
body {{ margin: 0; }}
h1 {{ font-size: {size + 7}pt; line-height: 1.25; margin: 0 0 {size + 4}pt 0; text-align: left; }}
h2 {{ font-size: {size + 2}pt; margin: {size}pt 0 {size // 2}pt 0; break-after: avoid; }}
p {{ margin: 0 0 {size // 2}pt 0; text-indent: {'2em' if lang == 'zh-CN' else '1.2em'}; orphans: 2; widows: 2;
     text-align: {'justify' if cols == 2 else 'left'}; }}
.body {{ column-count: {cols}; column-gap: 8mm; }}
"""
    out = [f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>",
           f"<style>{css}</style></head><body>", f"<h1>{html.escape(title)}</h1>", "<div class=\"body\">"]
    for kind, text in blocks:
        out.append(f"<{kind}>{html.escape(text)}</{kind}>")
    out.append("</div></body></html>")
    return "\n".join(out)


def typeset(chromium, md_path, out_dir, work):
    name = os.path.splitext(os.path.basename(md_path))[0]
    with open(md_path, encoding="utf-8") as f:
        title, blocks = parse(f.read(), md_path)
    lay = layout(name)
    html_path = os.path.join(work, name + ".html")
    with open(html_path, "w", encoding="utf-8") as f:
        f.write(page(name, title, blocks, lay))
    pdfprint.print_pdf(chromium, html_path, os.path.join(out_dir, name + ".pdf"), work)
    return name, lay


def main():
    ap = argparse.ArgumentParser(description="Typesets devcorpus/texts/NAME.md as devcorpus/pdf/NAME.pdf with headless Chromium.")
    ap.add_argument("--texts", default="devcorpus/texts")
    ap.add_argument("--out", default="devcorpus/pdf")
    ap.add_argument("--chromium", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    ap.add_argument("names", nargs="*", help="only these texts (NAME or NAME.md)")
    a = ap.parse_args()
    if not os.path.isdir(a.texts):
        print(f"typeset: {a.texts}: no such folder", file=sys.stderr)
        return 2
    files = sorted(f for f in os.listdir(a.texts) if f.endswith(".md"))
    if a.names:
        wanted = {n[:-3] if n.endswith(".md") else n for n in a.names}
        files = [f for f in files if f[:-3] in wanted]
    if not files:
        print(f"typeset: no text to typeset in {a.texts}", file=sys.stderr)
        return 2
    os.makedirs(a.out, exist_ok=True)
    failed = 0
    layouts = {}
    lay_file = os.path.join(a.out, "layouts.tsv")
    if os.path.exists(lay_file):
        with open(lay_file, encoding="utf-8") as f:
            for line in f.read().splitlines()[1:]:
                if line.strip():
                    layouts[line.split("\t")[0]] = line
    with tempfile.TemporaryDirectory(prefix="typeset-") as work:
        for f in files:
            try:
                name, lay = typeset(a.chromium, os.path.join(a.texts, f), a.out, work)
                layouts[name] = f"{name}\t{lay['columns']}\t{lay['family']}\t{lay['size']}"
                print(f"typeset: {name}.pdf  {lay['columns']} column(s), {lay['family']}, {lay['size']} pt")
            except (ValueError, RuntimeError, subprocess.TimeoutExpired) as e:
                failed += 1
                print(f"typeset: {e}", file=sys.stderr)
    with open(lay_file, "w", encoding="utf-8") as f:
        f.write("name\tcolumns\tfamily\tsize_pt\n")
        for k in sorted(layouts):
            f.write(layouts[k] + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
