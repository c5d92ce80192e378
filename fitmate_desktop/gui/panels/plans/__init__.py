"""The Plans panel (admins): the membership plans for sale, and their editor."""
