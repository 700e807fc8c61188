#!/usr/bin/env python3
"""Writes the .xlsx fixtures of XLSXSheetTests and XLSXSheetRecordsTests with openpyxl and
XlsxWriter (independent writers of the format).
Rerun: pip install openpyxl xlsxwriter && python3 make_xlsx_fixture.py"""
import datetime

import openpyxl

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "户表"
ws.append(["户编号", "年度", "家庭人口数", "工资性收入", "纳入监测时间", "户类型", "义务教育保障"])
ws.append(["H001", 2022, 4, 12345.5, datetime.date(2022, 3, 1), "脱贫户", True])
ws.append(["H002, \"quoted\"", 2022, 3, 0.1, None, "边缘易致贫户", False])
ws["A5"] = "H003"  # row 4 left empty; row 5 has only A and C
ws["C5"] = 2
ws2 = wb.create_sheet("other")
ws2["A1"] = "not read"
for cell in ws["E"]:
    cell.number_format = "yyyy-mm-dd"
wb.save("households.xlsx")

# XlsxWriter stores text in the shared-string table, as Excel does; rich text in one cell.
import xlsxwriter

book = xlsxwriter.Workbook("shared-strings.xlsx")
sheet = book.add_worksheet("表1")
bold = book.add_format({"bold": True})
day = book.add_format({"num_format": "yyyy/m/d"})
sheet.write_row(0, 0, ["household_id", "township", "monitored_since", "weight"])
sheet.write_rich_string(1, 0, "H", bold, "01", "0")
sheet.write(1, 1, "城关镇")
sheet.write_datetime(1, 2, datetime.datetime(2021, 12, 31), day)
sheet.write_number(1, 3, 1.0 / 3.0)
sheet.write(2, 1, "城关镇")
sheet.write_formula(2, 3, "=1+1", None, 2)
book.close()

# Households files with Chinese headers, read by HouseholdFile: row 4 is left empty and row 5
# has no township or category (Excel leaves the trailing cells out). In the bad file the
# household size on row 5 is 0.
HEADER = ["户编号", "年度", "家庭人口数", "工资性收入", "生产经营性收入", "财产性收入", "转移性收入",
          "生产经营性支出", "乡镇", "户类型"]
for name, size in (("households-zh.xlsx", 4), ("households-bad.xlsx", 0)):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEADER)
    ws.append(["H001", 2023, 4, 12000.5, 3000, 0, 1500, 800, "城关镇", "脱贫户"])
    ws.append(["H002", 2023, 3, 8000, -200, 100, 2000, 0, "河西乡", "边缘易致贫户"])
    for column, value in enumerate(["H001", 2024, size, 13000, 3100, 0, 1600, 900], start=1):
        ws.cell(row=5, column=column, value=value)
    wb.save(name)
