"""Money at the desk: take a payment, refund one, open or print the PDFs the services make."""
