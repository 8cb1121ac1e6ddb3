"""quotes: find every quotation in news articles, attribute it to its speaker, label its stance.

Python entry points:

- :func:`extract` -- the quotation records of one text;
- :func:`extract_articles` -- stream many articles (models loaded once);
- :func:`load_pipeline` -- the configured offline stanza pipeline.
"""

from quotes.extraction import DocumentResult, extract, extract_articles
from quotes.parsing import ModelsError, load_pipeline
from quotes.reading import Article, InputError, article_from_text, read_articles
from quotes.records import QUOTATION_FIELDS, Quotation

__all__ = ["Article", "DocumentResult", "InputError", "ModelsError", "QUOTATION_FIELDS", "Quotation",
           "article_from_text", "extract", "extract_articles", "load_pipeline", "read_articles"]
__version__ = "0.1.0"
