"""The one exception the report import raises for input it cannot read."""


class ReportError(ValueError):
    """The file cannot be drafted from: wrong content for its extension, empty, too large,
    encrypted or text-less, or printed with another symbol than the one given. The message is
    meant for the person who uploaded the file."""
