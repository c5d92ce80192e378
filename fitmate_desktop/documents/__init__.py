"""PDF documents (receipts, payslips, reports) made with reportlab; no Qt, no sessions."""
