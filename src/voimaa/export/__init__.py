"""File writers: PDF (reportlab) and Excel (openpyxl). They take plain data and write files.

reportlab and openpyxl are imported only inside these modules, so start-up never pays for them.
"""
