"""Build a multi-sheet .xlsx from an HTML source: one <table data-sheet="name"> per sheet.

rowspan/colspan become merged cells, <br> a line break inside the cell, an empty <tr></tr> a blank
spacer row; a data-width="8,30,..." attribute on the table sets column widths (characters).
Usage: /usr/bin/python3 html2xlsx.py src/x.html docs/x.xlsx   (needs python3-openpyxl)
"""
import re
import sys
from html.parser import HTMLParser
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side


class Tables(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sheets, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'table':
            self.sheets.append({'name': a.get('data-sheet', 'Sheet1'), 'width': a.get('data-width'), 'rows': []})
        elif tag == 'tr':
            self.row = []
        elif tag in ('td', 'th'):
            self.cell = {'text': '', 'rs': int(a.get('rowspan', 1)), 'cs': int(a.get('colspan', 1)),
                         'bold': tag == 'th' or a.get('class') == 'title', 'border': a.get('class') not in ('plain', 'title')}
        elif tag == 'br' and self.cell is not None:
            self.cell['text'] += '\n'

    def handle_endtag(self, tag):
        if tag in ('td', 'th') and self.cell is not None:
            self.row.append(self.cell)
            self.cell = None
        elif tag == 'tr' and self.row is not None:
            self.sheets[-1]['rows'].append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell['text'] += data.strip('\n')


def number(text):
    """Short numeric cells (序号, 现状值) are stored as numbers, as a typist's spreadsheet has them."""
    if re.fullmatch(r'\d{1,3}(\.\d+)?', text):
        return float(text) if '.' in text else int(text)
    return text or None


def main(src, out):
    p = Tables()
    p.feed(open(src, encoding='utf-8').read())
    wb = Workbook()
    wb.remove(wb.active)
    thin = Side(style='thin')
    for sh in p.sheets:
        ws = wb.create_sheet(sh['name'])
        taken = set()
        for r, row in enumerate(sh['rows'], start=1):
            c = 1
            for cell in row:
                while (r, c) in taken:
                    c += 1
                text = cell['text'].strip()
                ws.cell(row=r, column=c, value=number(text))
                for dr in range(cell['rs']):
                    for dc in range(cell['cs']):
                        taken.add((r + dr, c + dc))
                        x = ws.cell(row=r + dr, column=c + dc)
                        if cell['border']:
                            x.border = Border(left=thin, right=thin, top=thin, bottom=thin)
                        x.alignment = Alignment(wrap_text=True, vertical='center',
                                                horizontal='center' if cell['bold'] or len(text) < 8 else 'left')
                if cell['bold']:
                    ws.cell(row=r, column=c).font = Font(bold=True, size=16 if cell['cs'] > 3 and r == 1 else 11)
                if cell['rs'] > 1 or cell['cs'] > 1:
                    ws.merge_cells(start_row=r, start_column=c, end_row=r + cell['rs'] - 1,
                                   end_column=c + cell['cs'] - 1)
                c += cell['cs']
        if sh['width']:
            for i, w in enumerate(sh['width'].split(',')):
                ws.column_dimensions[chr(65 + i)].width = float(w)
    wb.save(out)


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
