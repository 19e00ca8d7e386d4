"""English formats where the site's differ from Django's: dates written out in full
("September 16, 2024", not "Sept. 16, 2024"). Other languages use Django's own formats until
they need a file here (``FORMAT_MODULE_PATH`` in the settings)."""

DATE_FORMAT = "F j, Y"
