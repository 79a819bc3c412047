"""Reading articles and sources: decoding, front matter, markup masking, transcript turns."""

from quotecheck.inputs.document import Document, load_document, make_document
from quotecheck.inputs.text import read_text

__all__ = ["Document", "load_document", "make_document", "read_text"]
